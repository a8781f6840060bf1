/** The parts of "How Waymark decides": the rules, the routes for this nation, and the checks. */
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { Nation, RulesBook } from '../../rules/index.ts';
import { formatDate } from '../i18n/format-date.ts';
import { nationKey, questionKey, routeKey } from '../i18n/keys.ts';

/** A part of the page, named by its heading for screen readers. */
function BookSection({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="heading-m">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function RuleList({ book }: { book: RulesBook }) {
  const { t } = useTranslation();
  return (
    <BookSection id="book-rules" title={t('rulesBook.rulesTitle')}>
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
    </BookSection>
  );
}

export function RouteLaw({ book, nation }: { book: RulesBook; nation: Nation }) {
  const { t } = useTranslation(['common', 'questions', 'routes']);
  return (
    <BookSection id="book-routes" title={t('rulesBook.routesTitle', { nation: t(nationKey(nation), { ns: 'questions' }) })}>
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
    </BookSection>
  );
}

export function RulesChecks({ book }: { book: RulesBook }) {
  const { t } = useTranslation();
  const { staleOrganisations, endedSources, weakRoutes } = book.findings;
  return (
    <BookSection id="book-checks" title={t('rulesBook.checksTitle')}>
      <ul className="list-bullet">
        <li data-check="stale">{t('rulesBook.checksStale', { count: staleOrganisations.length })}</li>
        <li data-check="ended">{t('rulesBook.checksEnded', { count: endedSources.length })}</li>
        <li data-check="weak">{t('rulesBook.checksWeak', { count: weakRoutes.length })}</li>
      </ul>
    </BookSection>
  );
}

export function QuestionList({ book }: { book: RulesBook }) {
  const { t } = useTranslation(['common', 'questions']);
  return (
    <BookSection id="book-questions" title={t('rulesBook.questionsTitle')}>
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
    </BookSection>
  );
}

export function DirectoryList({ book }: { book: RulesBook }) {
  const { t, i18n } = useTranslation();
  return (
    <BookSection id="book-directory" title={t('rulesBook.directoryTitle')}>
      <ul className="list-bullet">
        {book.directory.map((org) => (
          <li key={org.id} data-book-org-id={org.id}>
            {org.name}: {t('org.lastVerified', { date: formatDate(org.lastVerified, i18n.language) })}
          </li>
        ))}
      </ul>
    </BookSection>
  );
}
