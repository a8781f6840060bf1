/**
 * The outcome's routes in their groups. The rules already order routes for display (urgent
 * first, the regulated-adviser route first among advice); grouping keeps that order.
 */
import { getRoute, type Route, type RouteGroup } from '../../rules/index.ts';

export const GROUP_ORDER: readonly RouteGroup[] = ['act-now', 'council', 'home-office', 'health', 'protection', 'advice'];

export interface GroupOfRoutes {
  group: RouteGroup;
  routes: Route[];
}

export function groupRoutes(routeIds: readonly string[]): GroupOfRoutes[] {
  const routes = routeIds.map(getRoute);
  return GROUP_ORDER.map((group) => ({ group, routes: routes.filter((r) => r.group === group) })).filter(
    (g) => g.routes.length > 0,
  );
}
