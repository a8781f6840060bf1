import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../rules/index.ts';
import { ScreenHeading } from '../components/screen-heading.tsx';
import { useJourney } from '../journey/use-journey.ts';
import { DraftNote } from '../languages/draft-note.tsx';
import { languageDir } from '../languages/language-meta.ts';
import { LangText } from '../languages/lang-text.tsx';
import { useLanguages } from '../languages/languages-context.ts';
import { groupRoutes } from './group-routes.ts';
import { PersonRoute } from './person-route.tsx';

/**
 * "Show to the person": the outcome in the client's language alone (the worker's if there
 * is none), in large type. Only routes, their plain meanings and who to contact: never a
 * flag, a status class, the law or "not eligible" (DESIGN principle 4), so it renders no
 * flag at all. The way back is in the worker's language, for the worker.
 */
export function PersonView({ outcome, onBack }: { outcome: Outcome; onBack: () => void }) {
  const { worker, client } = useLanguages();
  const { t: workerT } = useTranslation();
  const lng = client ?? worker;
  const block = client ? 'client' : 'worker';
  const { t } = useTranslation('common', useMemo(() => ({ lng }), [lng]));
  const { answers } = useJourney();
  const routes = groupRoutes(outcome.routes).flatMap((group) => group.routes);

  return (
    <main id="main" className="screen screen-person" data-screen="outcome-person" data-person-lng={lng} lang={lng} dir={languageDir(lng)}>
      <button type="button" className="back-link person-back" lang={worker} dir={languageDir(worker)} data-action="worker-view" onClick={onBack}>
        {workerT('languages.person.back')}
      </button>
      <DraftNote lng={lng} />
      <ScreenHeading documentTitle={workerT('languages.person.show')} className="heading-xl">
        <LangText text={t('languages.person.title')} lng={lng} block={block} />
      </ScreenHeading>
      <LangText text={t('languages.person.intro')} lng={lng} block={block} as="p" className="lead" />
      <ol className="person-routes">
        {routes.map((route) => (
          <PersonRoute key={route.id} id={route.id} nation={outcome.nation} answers={answers} lng={lng} block={block} />
        ))}
      </ol>
      <LangText text={t('languages.person.advice')} lng={lng} block={block} as="p" className="inset person-advice" />
      <button type="button" className="button button-secondary" lang={worker} dir={languageDir(worker)} data-action="worker-view" onClick={onBack}>
        {workerT('languages.person.back')}
      </button>
    </main>
  );
}
