/**
 * Locates the first syntax error in a JSON text. Node's JSON.parse names a position for
 * some errors and not others; the triage command must always say where the problem is.
 */
export interface JsonErrorLocation {
  position: number;
  line: number;
  column: number;
}

export function locateJsonError(text: string): JsonErrorLocation {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string) => {
    for (const ch of word) if (text[i++] !== ch) (i--, fail());
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if (text.charCodeAt(i) < 0x20) fail();
      i++;
    }
    if (text[i] !== '"') fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail();
    i += m![0].length;
  };
  const list = (close: string, item: () => void) => {
    i++;
    ws();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      ws();
      if (text[i] === ',') (i++, ws());
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') list('}', () => (text[i] === '"' ? string() : fail(), ws(), text[i] === ':' ? i++ : fail(), value()));
    else if (ch === '[') list(']', value);
    else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else number();
  };
  let position = text.length;
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at !== 'number') throw at;
    position = at;
  }
  const before = text.slice(0, position).split('\n');
  return { position, line: before.length, column: before[before.length - 1]!.length + 1 };
}
