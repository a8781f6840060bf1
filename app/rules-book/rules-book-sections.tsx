/** The parts of "How Waymark decides": the rules, the routes for this nation, and the checks. */
import { useTranslation } from 'react-i18next';
import type { Nation, RulesBook } from '../../rules/index.ts';
import { formatDate } from '../i18n/format-date.ts';
import { nationKey, questionKey, routeKey } from '../i18n/keys.ts';

export function RuleList({ book }: { book: RulesBook }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="book-rules">
      <h2 id="book-rules" className="heading-m">
        {t('rulesBook.rulesTitle')}
      </h2>
      <dl className="book-list">
        {book.rules.map((rule) => (
          <div key={rule.id} data-rule-id={rule.id}>
            <dt>
              <code>{rule.id}</code>
            </dt>
            <dd lang="en">
              {rule.summary} <span className="book-sources">({rule.sources.map((s) => s.title).join('; ')})</span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function RouteLaw({ book, nation }: { book: RulesBook; nation: Nation }) {
  const { t } = useTranslation(['common', 'questions', 'routes']);
  return (
    <section aria-labelledby="book-routes">
      <h2 id="book-routes" className="heading-m">
        {t('rulesBook.routesTitle', { nation: t(nationKey(nation), { ns: 'questions' }) })}
      </h2>
      <dl className="book-list">
        {book.routes.map((route) => {
          const law = route.nations.find((n) => n.nation === nation)!;
          return (
            <div key={route.id} data-book-route-id={route.id}>
              <dt>{t(routeKey(route.id, 'title'), { ns: 'routes' })}</dt>
              <dd>
                <p>{t(routeKey(route.id, 'meaning'), { ns: 'routes' })}</p>
                <p>
                  {t('outcome.whoActs')}: {t(routeKey(route.id, 'whoActs'), { ns: 'routes' })}
                </p>
                <p>
                  <span lang="en">{law.sources.map((s) => s.title).join('; ')}</span> ({law.confidence})
                </p>
                <p>{t('outcome.signpostsTitle')}: {law.signposts.map((o) => o.name).join('; ')}</p>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}

export function RulesChecks({ book }: { book: RulesBook }) {
  const { t } = useTranslation();
  const { staleOrganisations, endedSources, weakRoutes } = book.findings;
  return (
    <section aria-labelledby="book-checks">
      <h2 id="book-checks" className="heading-m">
        {t('rulesBook.checksTitle')}
      </h2>
      <ul className="list-bullet">
        <li data-check="stale">{t('rulesBook.checksStale', { count: staleOrganisations.length })}</li>
        <li data-check="ended">{t('rulesBook.checksEnded', { count: endedSources.length })}</li>
        <li data-check="weak">{t('rulesBook.checksWeak', { count: weakRoutes.length })}</li>
      </ul>
    </section>
  );
}

export function QuestionList({ book }: { book: RulesBook }) {
  const { t } = useTranslation(['common', 'questions']);
  return (
    <section aria-labelledby="book-questions">
      <h2 id="book-questions" className="heading-m">
        {t('rulesBook.questionsTitle')}
      </h2>
      <dl className="book-list">
        {book.questions.map((q) => (
          <div key={q.id} data-book-question-id={q.id}>
            <dt>{t(questionKey(q.id as never, 'text'), { ns: 'questions' })}</dt>
            <dd>
              <code>{q.id}</code>: {q.options.map((o) => o.id).join(', ')}
              {q.askedWhen && <span lang="en"> ({q.askedWhen.contract})</span>}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function DirectoryList({ book }: { book: RulesBook }) {
  const { t, i18n } = useTranslation();
  return (
    <section aria-labelledby="book-directory">
      <h2 id="book-directory" className="heading-m">
        {t('rulesBook.directoryTitle')}
      </h2>
      <ul className="list-bullet">
        {book.directory.map((org) => (
          <li key={org.id} data-book-org-id={org.id}>
            {org.name}: {t('org.lastVerified', { date: formatDate(org.lastVerified, i18n.language) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
