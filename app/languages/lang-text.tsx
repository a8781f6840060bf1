import { FALLBACK_MARK } from '../i18n/fallback-marker.ts';
import { SOURCE_LANGUAGE } from '../i18n/locale-files.ts';
import { languageDir } from './language-meta.ts';

export type LangBlock = 'worker' | 'client';

interface Props {
  text: string;
  lng: string;
  block: LangBlock;
  as?: 'span' | 'p' | 'div' | 'dt' | 'dd';
  className?: string;
}

/**
 * A text in one language, marked with its own `lang` and `dir` so screen readers pronounce
 * it and the browser lays it out in its direction. A text that fell back to English (it
 * carries the visible marker) is marked as English, because that is what it is.
 */
export function LangText({ text, lng, block, as: Element = 'span', className }: Props) {
  const fallback = text.endsWith(` ${FALLBACK_MARK}`);
  const shown = fallback ? SOURCE_LANGUAGE : lng;
  return (
    <Element
      lang={shown}
      dir={languageDir(shown)}
      className={[`lang-${block}`, className].filter(Boolean).join(' ')}
      data-lang-block={block}
      data-fallback={fallback ? '' : undefined}
    >
      {text}
    </Element>
  );
}
