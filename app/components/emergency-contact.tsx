import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../rules/index.ts';
import { directoryKey } from '../i18n/keys.ts';
import { ltr } from '../languages/bidi.ts';
import { telHref } from '../outcome/contacts.ts';

/** A large call card for the danger screen: who, what, and one tap to call. */
export function EmergencyContact({ org }: { org: Organisation }) {
  const { t, i18n } = useTranslation('directory');
  const hours = directoryKey(org.id, 'hours');
  return (
    <li className="call-card" data-org-id={org.id}>
      <h2 className="heading-m">{org.name}</h2>
      <p>{t(directoryKey(org.id, 'what'))}</p>
      {i18n.exists(hours, { ns: 'directory' }) && <p className="org-meta">{t('org.hours', { ns: 'common', hours: t(hours) })}</p>}
      {org.phone && (
        <a className="button button-call" href={telHref(org.phone)}>
          {t('danger.call', { ns: 'common', phone: ltr(org.phone) })}
        </a>
      )}
    </li>
  );
}
