import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../rules/index.ts';
import { formatDate } from '../i18n/format-date.ts';
import { directoryKey } from '../i18n/keys.ts';
import { ltr } from '../languages/bidi.ts';
import { telHref } from '../outcome/contacts.ts';
import { needsRecheck } from '../outcome/verification-age.ts';

/**
 * A signposted organisation. Local services (`perSite`) have no national number: the site's
 * own contact is used (issue 6 will let a site store it).
 */
export function OrgCard({ org, today }: { org: Organisation; today: Date }) {
  const { t, i18n } = useTranslation(['directory', 'common']);
  const hours = directoryKey(org.id, 'hours');
  const date = formatDate(org.lastVerified, i18n.language);
  const audience = org.who.map((who) => t(`org.audience.${who}`, { ns: 'common' })).join(', ');
  return (
    <li className="org-card" data-org-id={org.id}>
      <h4 className="heading-s org-name">{org.name}</h4>
      <p>{t(directoryKey(org.id, 'what'))}</p>
      {org.perSite && <p className="org-local">{t('org.perSite', { ns: 'common' })}</p>}
      {(org.phone || org.web) && !org.perSite && (
        <p className="org-contact">
          {org.phone && (
            <a className="tel-link" href={telHref(org.phone)}>
              {t('org.call', { ns: 'common', phone: ltr(org.phone) })}
            </a>
          )}
          {org.web && (
            <a className="web-link" href={org.web} rel="noreferrer">
              {t('org.website', { ns: 'common' })}
              <span className="visually-hidden"> {t('org.websiteContext', { ns: 'common', name: org.name })}</span>
            </a>
          )}
        </p>
      )}
      {i18n.exists(hours, { ns: 'directory' }) && <p className="org-meta">{t('org.hours', { ns: 'common', hours: t(hours) })}</p>}
      <p className="org-meta">
        {t('org.who', { ns: 'common' })}: {audience}
      </p>
      {needsRecheck(org.lastVerified, today) ? (
        <p className="org-recheck" data-recheck="">
          {t(org.phone ? 'org.checkNumber' : 'org.checkDetails', { ns: 'common', date })}
        </p>
      ) : (
        <p className="org-meta">{t('org.lastVerified', { ns: 'common', date })}</p>
      )}
    </li>
  );
}
