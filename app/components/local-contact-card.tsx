import { useTranslation } from 'react-i18next';
import { getOrganisation } from '../../rules/index.ts';
import { directoryKey } from '../i18n/keys.ts';
import { ltr } from '../languages/bidi.ts';
import { telHref } from '../outcome/contacts.ts';
import type { LocalContact } from '../settings/site-settings.ts';

/** A contact the site added (site settings), beside the national signposts and marked as local. */
export function LocalContactCard({ contact }: { contact: LocalContact }) {
  const { t } = useTranslation(['common', 'directory']);
  // A contact filling a directory slot (say, the council's children's services) says what that service does.
  const what = contact.slot ? t(directoryKey(getOrganisation(contact.slot).id, 'what'), { ns: 'directory' }) : null;
  return (
    <li className="org-card org-card-local" data-org-id={contact.id} data-local="true">
      <p className="local-tag">
        <strong className="tag">{t('localContact.tag')}</strong>
      </p>
      <h4 className="heading-s org-name">{contact.name}</h4>
      {what && <p>{what}</p>}
      {(contact.phone || contact.web) && (
        <p className="org-contact">
          {contact.phone && (
            <a className="tel-link" href={telHref(contact.phone)}>
              {t('org.call', { phone: ltr(contact.phone) })}
            </a>
          )}
          {contact.web && (
            <a className="web-link" href={contact.web} rel="noreferrer">
              {t('org.website')}
              <span className="visually-hidden"> {t('org.websiteContext', { name: contact.name })}</span>
            </a>
          )}
        </p>
      )}
      <p className="org-meta">{t('localContact.setBySite')}</p>
    </li>
  );
}
