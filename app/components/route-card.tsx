import { useTranslation } from 'react-i18next';
import type { Nation } from '../../rules/index.ts';
import { routeKey } from '../i18n/keys.ts';
import { useJourney } from '../journey/use-journey.ts';
import { Bilingual } from '../languages/bilingual.tsx';
import { useClientTranslation } from '../languages/use-client-translation.ts';
import { meaningKey } from '../outcome/meaning-key.ts';
import { mergeLocalContacts } from '../outcome/local-signposts.ts';
import { routeView } from '../outcome/route-view.ts';
import { useSiteSettings } from '../settings/site-settings-context.ts';
import { LegalBasis } from './legal-basis.tsx';
import { LocalContactCard } from './local-contact-card.tsx';
import { OrgCard } from './org-card.tsx';

interface Props {
  id: string;
  nation: Nation;
  today: Date;
}

/** One likely route: what it means, who acts, the law for the nation, and who can help. */
export function RouteCard({ id, nation, today }: Props) {
  const { t, i18n } = useTranslation(['routes', 'common']);
  // Interpreter view: the title and plain meaning also show in the client's language.
  const client = useClientTranslation('routes');
  const { answers } = useJourney();
  const view = routeView(id, nation);
  const { localContacts } = useSiteSettings();
  const meaning = meaningKey(id, answers, nation, (key) => i18n.exists(key, { ns: 'routes' }));
  const title = routeKey(id, 'title');
  const note = routeKey(id, 'note');
  const titleId = `route-${id}-title`;
  return (
    <article className="route-card" data-route-id={id} aria-labelledby={titleId}>
      <h3 className="heading-m" id={titleId}>
        <Bilingual worker={t(title)} client={client && { text: client.t(title), lng: client.lng }} />
      </h3>
      <p>
        <Bilingual worker={t(meaning)} client={client && { text: client.t(meaning), lng: client.lng }} />
      </p>
      {i18n.exists(note, { ns: 'routes' }) && <p>{t(note)}</p>}
      <p>
        <strong>{t('outcome.whoActs', { ns: 'common' })}:</strong> {t(routeKey(id, 'whoActs'))}
      </p>
      {view.adviserShouldConfirm && (
        <p className="confidence-note" data-confidence={view.confidence}>
          {t('outcome.confidenceNote', { ns: 'common' })}
        </p>
      )}
      <LegalBasis sources={view.sources} nation={nation} nonStatutory={view.nonStatutory} />
      <p className="org-list-title">
        <strong>{t('outcome.signpostsTitle', { ns: 'common' })}</strong>
      </p>
      <ul className="org-list">
        {/* The site's local contacts sit beside the national ones, filling per-site entries in place. */}
        {mergeLocalContacts(id, view.organisations, localContacts).map((signpost) =>
          signpost.kind === 'local' ? (
            <LocalContactCard key={`local-${signpost.contact.id}`} contact={signpost.contact} />
          ) : (
            <OrgCard key={signpost.org.id} org={signpost.org} today={today} />
          ),
        )}
      </ul>
    </article>
  );
}
