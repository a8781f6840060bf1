/**
 * The build id (WAYMARK_BUILD at build time, else the package version): shown in the footer so
 * a coordinator can tell which version a tablet runs, and set as `data-build` on <html> so
 * browser tests can tell two builds apart.
 */
export const BUILD_ID: string = __WAYMARK_BUILD__;

export function markBuild(root: HTMLElement = document.documentElement): void {
  root.dataset.build = BUILD_ID;
}
