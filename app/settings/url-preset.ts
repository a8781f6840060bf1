/** URL parameters of CONTRACT.md that preset a journey: `?lng=` (worker language) and `&nation=`. */
import { NATIONS, type Nation } from '../../rules/index.ts';

export interface UrlPreset {
  lng: string | null;
  /** The client's language (interpreter view, issue 5); read here so the seam exists. */
  clientLng: string | null;
  nation: Nation | null;
}

export function readUrlPreset(search: string): UrlPreset {
  const params = new URLSearchParams(search);
  const nation = params.get('nation');
  return {
    lng: params.get('lng'),
    clientLng: params.get('clientLng'),
    nation: (NATIONS as readonly string[]).includes(nation ?? '') ? (nation as Nation) : null,
  };
}
