import { useTranslation } from 'react-i18next';
import { isDraft } from './language-meta.ts';
import { LangText } from './lang-text.tsx';

/**
 * "Draft translation: check key points with your interpreter", in the draft language
 * itself, for whoever reads that language. Nothing for a reviewed or source language.
 */
export function DraftNote({ lng, className }: { lng: string | null; className?: string }) {
  const { i18n } = useTranslation();
  if (!lng || !isDraft(lng)) return null;
  const text = i18n.getFixedT(lng, 'common')('languages.draftNote');
  return (
    <p className={['draft-note', className].filter(Boolean).join(' ')} data-draft-note={lng}>
      <LangText text={text} lng={lng} block={lng === i18n.language ? 'worker' : 'client'} />
    </p>
  );
}
