import { DraftNote } from './draft-note.tsx';
import { useLanguages } from './languages-context.ts';

/** On the screens that show the client's language: a note when that language is a draft. */
export function ClientDraftNote() {
  const { client } = useLanguages();
  return <DraftNote lng={client} />;
}
