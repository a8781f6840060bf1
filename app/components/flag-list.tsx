import { useTranslation } from 'react-i18next';
import type { FlagId } from '../../rules/index.ts';
import { flagKey } from '../i18n/keys.ts';

/**
 * Flags are context for the worker, never routes, and are not printed. The client-language
 * view (issue 5) must leave out WORKER_ONLY_FLAGS; this list is the worker's view.
 */
export function FlagList({ flags }: { flags: readonly FlagId[] }) {
  const { t } = useTranslation();
  if (flags.length === 0) return null;
  return (
    <section className="flags no-print" aria-labelledby="flags-title">
      <h2 id="flags-title" className="heading-s">
        {t('outcome.flagsTitle')}
      </h2>
      <p className="hint">{t('outcome.flagsIntro')}</p>
      <ul className="list-bullet">
        {flags.map((flag) => (
          <li key={flag} data-flag-id={flag}>
            {t(flagKey(flag))}
          </li>
        ))}
      </ul>
    </section>
  );
}
