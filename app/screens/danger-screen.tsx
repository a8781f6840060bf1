import { useTranslation } from 'react-i18next';
import { nationOf } from '../../rules/index.ts';
import { BackButton } from '../components/back-button.tsx';
import { EmergencyContact } from '../components/emergency-contact.tsx';
import { ScreenHeading } from '../components/screen-heading.tsx';
import { useJourney } from '../journey/use-journey.ts';
import { ltr } from '../languages/bidi.ts';
import { emergencyContacts, telHref } from '../outcome/contacts.ts';
import { useSiteSettings } from '../settings/site-settings-context.ts';

/** Shown at once when someone may be in danger; the worker goes on only when it is safe. */
export function DangerScreen() {
  const { t } = useTranslation();
  const journey = useJourney();
  const { safeguardingLead } = useSiteSettings();
  const contacts = emergencyContacts(nationOf(journey.answers));

  return (
    <main id="main" className="screen screen-danger" data-screen="danger">
      <BackButton onBack={journey.back} />
      <div className="danger-banner">
        <ScreenHeading documentTitle={t('danger.title')}>{t('danger.title')}</ScreenHeading>
        <p className="lead">{t('danger.intro')}</p>
      </div>
      <ul className="call-list">
        {contacts.map((org) => (
          <EmergencyContact key={org.id} org={org} />
        ))}
        <li className="call-card call-card-lead">
          <h2 className="heading-m">{t('danger.safeguardingTitle')}</h2>
          {safeguardingLead ? (
            <>
              <p>{t('danger.safeguardingBody', { name: safeguardingLead.name })}</p>
              <a className="button button-call" href={telHref(safeguardingLead.phone)}>
                {t('danger.call', { phone: ltr(safeguardingLead.phone) })}
              </a>
            </>
          ) : (
            <p>{t('danger.safeguardingNone')}</p>
          )}
        </li>
      </ul>
      <p>{t('danger.unsure')}</p>
      <button type="button" className="button" data-action="continue" onClick={journey.proceed}>
        {t('danger.continue')}
      </button>
    </main>
  );
}
