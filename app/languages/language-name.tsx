import type { LanguageMeta } from './language-meta.ts';

/** A language by its own name (in its own script and direction), then its English name. */
export function LanguageName({ meta }: { meta: LanguageMeta }) {
  return (
    <>
      <span className="language-endonym" lang={meta.code} dir={meta.dir}>
        {meta.endonym}
      </span>
      {meta.englishName !== meta.endonym && (
        <>
          {/* The separator sits between the two isolates, so it stays between them in either direction. */}
          <span aria-hidden="true"> · </span>
          <span className="language-english" lang="en" dir="ltr">
            {meta.englishName}
          </span>
        </>
      )}
    </>
  );
}
