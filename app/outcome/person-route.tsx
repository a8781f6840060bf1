import { useTranslation } from 'react-i18next';
import type { Answers, Nation } from '../../rules/index.ts';
import { directoryKey, routeKey } from '../i18n/keys.ts';
import { ltr } from '../languages/bidi.ts';
import { LangText, type LangBlock } from '../languages/lang-text.tsx';
import { useSiteSettings } from '../settings/site-settings-context.ts';
import { telHref } from './contacts.ts';
import { meaningKey } from './meaning-key.ts';
import { personContacts } from './person-contacts.ts';

interface Props {
  id: string;
  nation: Nation;
  answers: Answers;
  lng: string;
  block: LangBlock;
}

/**
 * One route for the person: its title, its plain meaning, and who they can contact, with
 * one tap to call. No law, no confidence, no worker notes.
 */
export function PersonRoute({ id, nation, answers, lng, block }: Props) {
  const { i18n } = useTranslation();
  const { localContacts } = useSiteSettings();
  const t = i18n.getFixedT(lng);
  const meaning = meaningKey(id, answers, nation, (key) => i18n.exists(key, { ns: 'routes' }));
  const text = (value: string, as: 'span' | 'p' = 'p') => <LangText text={value} lng={lng} block={block} as={as} />;
  const contacts = personContacts(id, nation, localContacts);
  return (
    <li className="person-route" data-route-id={id}>
      <h2 className="heading-l">{text(t(routeKey(id, 'title'), { ns: 'routes' }), 'span')}</h2>
      {text(t(meaning, { ns: 'routes' }))}
      {contacts.length > 0 && (
        <>
          <h3 className="heading-m">{text(t('languages.person.helpers'), 'span')}</h3>
          <ul className="person-orgs">
            {contacts.map((contact) => (
              <li key={contact.id} className="person-org" data-org-id={contact.id}>
                {/* Directory names stay in English; a local contact's name is as the site wrote it. */}
                <p className="person-org-name" lang={contact.national ? 'en' : undefined} dir="auto">
                  <strong>{contact.name}</strong>
                </p>
                {contact.describedBy && text(t(directoryKey(contact.describedBy, 'what'), { ns: 'directory' }))}
                {contact.phone && (
                  <a className="button button-call" href={telHref(contact.phone)}>
                    {text(t('languages.person.call', { phone: ltr(contact.phone) }), 'span')}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
