import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { glossaryKey } from '../i18n/keys.ts';
import { SOURCE_LANGUAGE } from '../i18n/locale-files.ts';
import { Bilingual } from '../languages/bilingual.tsx';
import { ClientDraftNote } from '../languages/client-draft-note.tsx';
import { useClientTranslation } from '../languages/use-client-translation.ts';

/**
 * The terms that matter, each with its plain meaning, in the worker's language and (in the
 * interpreter view) the client's beside it. Suspends while the glossary namespace loads:
 * it is not part of any language's start-up chunk.
 */
export function GlossaryTerms({ titleId }: { titleId: string }) {
  const { t, i18n } = useTranslation('glossary');
  const client = useClientTranslation('glossary');
  // The term ids come from English, the source: every language has the same keys.
  const terms = Object.keys((i18n.getResource(SOURCE_LANGUAGE, 'glossary', 'terms') as Record<string, unknown> | undefined) ?? {});
  const both = (key: ParseKeys<'glossary'>) => <Bilingual worker={t(key)} client={client && { text: client.t(key), lng: client.lng }} />;

  return (
    <>
      <h2 id={titleId} className="heading-l">
        {both('title')}
      </h2>
      <ClientDraftNote />
      <p>{both('intro')}</p>
      <dl className="glossary-list">
        {terms.map((term) => (
          <div className="glossary-entry" key={term} data-term-id={term}>
            <dt className="heading-s">{both(glossaryKey(term, 'term'))}</dt>
            <dd>{both(glossaryKey(term, 'meaning'))}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
