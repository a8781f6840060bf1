import { useTranslation } from 'react-i18next';
import type { Nation, Source } from '../../rules/index.ts';
import { nationKey } from '../i18n/keys.ts';
import { useOpenRulesBook } from '../rules-book/rules-book-context.ts';

interface Props {
  sources: readonly Source[];
  nation: Nation;
  nonStatutory: boolean;
}

function SourceList({ sources, nonStatutory }: Omit<Props, 'nation'>) {
  const { t } = useTranslation();
  return (
    <>
      {sources.length > 0 && (
        <ul className="list-bullet source-list">
          {sources.map((source) => (
            <li key={source.id} data-source-id={source.id}>
              <a href={source.href} rel="noreferrer">
                {source.title}
              </a>
            </li>
          ))}
        </ul>
      )}
      {nonStatutory && <p>{t('outcome.nonStatutory')}</p>}
    </>
  );
}

/** The legal basis for the nation: expandable on screen, always written out in print. */
export function LegalBasis({ sources, nation, nonStatutory }: Props) {
  const { t } = useTranslation(['common', 'questions']);
  const title = t('outcome.legalBasis', { nation: t(nationKey(nation), { ns: 'questions' }) });
  const openRulesBook = useOpenRulesBook();
  return (
    <>
      <details className="details legal-basis screen-only">
        <summary className="details-summary">{title}</summary>
        <div className="details-text">
          <SourceList sources={sources} nonStatutory={nonStatutory} />
          {openRulesBook && (
            <button type="button" className="link-button" data-action="rules-book" onClick={openRulesBook}>
              {t('rulesBook.open')}
            </button>
          )}
        </div>
      </details>
      <div className="print-only legal-basis-print">
        <p>
          <strong>{title}</strong>
        </p>
        <SourceList sources={sources} nonStatutory={nonStatutory} />
      </div>
    </>
  );
}
