/** The web app manifest: what the tablet shows when Waymark is installed from the browser. */
import type { ManifestOptions } from 'vite-plugin-pwa';

export const webManifest: Partial<ManifestOptions> = {
  name: 'Waymark: routes to support',
  short_name: 'Waymark',
  description:
    'Offline triage for refugee and asylum drop-ins: likely routes to support, the law behind each, and qualified advisers to signpost to. Not immigration advice.',
  id: '/',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  lang: 'en',
  dir: 'ltr',
  theme_color: '#0b4f5c',
  background_color: '#ffffff',
  categories: ['utilities', 'social'],
  icons: [
    { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  ],
};
