import { DraftNote } from './draft-note.tsx';
import { useLanguages } from './languages-context.ts';

/** Under the header on every screen: a note when the worker's language (the page's) is a draft. */
export function WorkerDraftNote() {
  const { worker } = useLanguages();
  return <DraftNote lng={worker} className="draft-note-page" />;
}
