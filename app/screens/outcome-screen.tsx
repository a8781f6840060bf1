import { Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackButton } from '../components/back-button.tsx';
import { FlagList } from '../components/flag-list.tsx';
import { NoAdviceNotice } from '../components/no-advice-notice.tsx';
import { RouteCard } from '../components/route-card.tsx';
import { RulesMeta } from '../components/rules-meta.tsx';
import { ScreenHeading } from '../components/screen-heading.tsx';
import { groupKey } from '../i18n/keys.ts';
import { useJourney } from '../journey/use-journey.ts';
import { GlossaryButton } from '../glossary/glossary-button.tsx';
import { ClientDraftNote } from '../languages/client-draft-note.tsx';
import { groupRoutes } from '../outcome/group-routes.ts';
import { PersonView } from '../outcome/person-view.tsx';
import { ShowToPerson } from '../outcome/show-to-person.tsx';
import { OpenRulesBookContext } from '../rules-book/rules-book-context.ts';
import { LoadingScreen } from './loading-screen.tsx';

// The rules book (rules/book and the committed diagram) loads only when it is opened.
const HowWaymarkDecides = lazy(() => import('../rules-book/how-waymark-decides.tsx').then((m) => ({ default: m.HowWaymarkDecides })));

/** Likely routes to ask about, grouped by urgency, with the law and who can help. */
export function OutcomeScreen() {
  const { t } = useTranslation();
  const journey = useJourney();
  const [today] = useState(() => new Date());
  const [personView, setPersonView] = useState(false);
  const [rulesBook, setRulesBook] = useState(false);
  const outcome = journey.outcome;
  if (!outcome) throw new Error('The outcome screen needs an outcome');
  if (personView) return <PersonView outcome={outcome} onBack={() => setPersonView(false)} />;
  if (rulesBook) {
    return (
      <Suspense fallback={<LoadingScreen />}>
        <HowWaymarkDecides nation={outcome.nation} onBack={() => setRulesBook(false)} />
      </Suspense>
    );
  }

  return (
    <main id="main" className="screen screen-outcome" data-screen="outcome">
      <div className="no-print">
        <BackButton onBack={journey.back} />
      </div>
      <ScreenHeading documentTitle={t('outcome.title')}>{t('outcome.title')}</ScreenHeading>
      <ClientDraftNote />
      <NoAdviceNotice />
      <p className="lead">{t('outcome.intro')}</p>
      <ShowToPerson onShow={() => setPersonView(true)} />
      <GlossaryButton />
      <FlagList flags={outcome.flags} />
      <OpenRulesBookContext.Provider value={() => setRulesBook(true)}>
      {groupRoutes(outcome.routes).map(({ group, routes }) => (
        <section key={group} className="route-group" data-group={group} aria-labelledby={`group-${group}`}>
          <h2 id={`group-${group}`} className="heading-l group-heading">
            {t(groupKey(group))}
          </h2>
          {routes.map((route) => (
            <RouteCard key={route.id} id={route.id} nation={outcome.nation} today={today} />
          ))}
        </section>
      ))}
      </OpenRulesBookContext.Provider>
      <section className="inset" aria-labelledby="missing-title">
        <h2 id="missing-title" className="heading-s">
          {t('outcome.missingTitle')}
        </h2>
        <p>{t('outcome.missing')}</p>
      </section>
      <RulesMeta today={today} />
      <div className="button-group no-print">
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('outcome.print')}
        </button>
        <button type="button" className="button button-warning" onClick={journey.finish}>
          {t('outcome.finish')}
        </button>
      </div>
    </main>
  );
}
