/**
 * Who to call from the danger screen: the signposts of the `emergency-services` route for the
 * nation (rules data), so which numbers exist where is decided in rules/, not here.
 */
import { getOrganisation, getRoute, type Nation, type Organisation } from '../../rules/index.ts';

export const EMERGENCY_ROUTE = 'emergency-services';

export function emergencyContacts(nation: Nation): Organisation[] {
  return getRoute(EMERGENCY_ROUTE).law[nation].signposts.map(getOrganisation);
}

/** A tap-to-call link target: digits and a leading + only. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^\d+]/g, '')}`;
