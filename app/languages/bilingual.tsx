import { LangText } from './lang-text.tsx';
import { useLanguages } from './languages-context.ts';

interface Props {
  /** The text in the worker's language. */
  worker: string;
  /** The same text in the client's language; null when the interpreter view is off. */
  client: { text: string; lng: string } | null;
}

/**
 * The worker's text and, in the interpreter view, the client's right beside it: side by
 * side on a tablet, stacked on a phone (interpreter.css). Spans only, so it fits inside
 * any heading, label, legend or paragraph the screen already has. Without a client
 * language it is the plain text the page always showed.
 */
export function Bilingual({ worker, client }: Props) {
  const { worker: workerLng } = useLanguages();
  if (!client) return <>{worker}</>;
  return (
    <span className="bilingual" data-bilingual="">
      <LangText text={worker} lng={workerLng} block="worker" />
      <LangText text={client.text} lng={client.lng} block="client" />
    </span>
  );
}
