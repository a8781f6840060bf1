/**
 * "How Waymark decides", offline in the app: the rules book generated from rules/ (the same model
 * as `npm run rules:book`), for the nation of this outcome. The diagram is the committed
 * docs/decision-diagram.svg, which a test keeps equal to what the machine's graph draws.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEWED_ON, REVIEW_BY, RULES_VERSION, buildRulesBook, type Nation } from '../../rules/index.ts';
import diagramUrl from '../../docs/decision-diagram.svg?url';
import { BackButton } from '../components/back-button.tsx';
import { ScreenHeading } from '../components/screen-heading.tsx';
import { formatDate } from '../i18n/format-date.ts';
import { DirectoryList, QuestionList, RouteLaw, RuleList, RulesChecks } from './rules-book-sections.tsx';

interface Props {
  nation: Nation;
  onBack(): void;
}

export function HowWaymarkDecides({ nation, onBack }: Props) {
  const { t, i18n } = useTranslation();
  const [book] = useState(() => buildRulesBook({ today: new Date().toISOString().slice(0, 10), graph: false }));
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <main id="main" className="screen screen-rules-book" data-screen="rules-book">
      <BackButton onBack={onBack} label={t('rulesBook.back')} />
      <ScreenHeading documentTitle={t('rulesBook.title')}>{t('rulesBook.title')}</ScreenHeading>
      <p className="lead">{t('rulesBook.intro')}</p>
      <p>{t('rulesBook.dates', { version: RULES_VERSION, reviewed: date(REVIEWED_ON), reviewBy: date(REVIEW_BY) })}</p>
      <section aria-labelledby="book-diagram">
        <h2 id="book-diagram" className="heading-m">
          {t('rulesBook.diagramTitle')}
        </h2>
        <img className="book-diagram" src={diagramUrl} alt={t('rulesBook.diagramAlt')} />
      </section>
      <QuestionList book={book} />
      <RuleList book={book} />
      <RouteLaw book={book} nation={nation} />
      <DirectoryList book={book} />
      <RulesChecks book={book} />
    </main>
  );
}
