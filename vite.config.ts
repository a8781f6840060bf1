import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { webManifest } from './scripts/web-manifest.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
// A build id that changes with every release; tests set WAYMARK_BUILD to tell two builds apart.
const buildId = process.env.WAYMARK_BUILD ?? pkg.version;

export default defineConfig({
  define: { __WAYMARK_BUILD__: JSON.stringify(buildId) },
  plugins: [
    react(),
    contentSecurityPolicy(),
    VitePWA({
      // The page registers the worker itself (workbox-window) and asks before updating:
      // an update must never reload in the middle of a journey.
      registerType: 'prompt',
      injectRegister: false,
      manifest: webManifest,
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      workbox: {
        // Precache the shell, every lazy chunk (each locale and the rules data) and the icons,
        // so any language and any journey works offline after the first visit.
        globPatterns: ['**/*.{html,js,css,json,png,svg,webmanifest}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        // The first install takes charge of the open page at once, so it works offline without a
        // reload. Safe: an update only activates on the worker's consent (or with no page open).
        clientsClaim: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    rolldownOptions: {
      // rules/ is pure (no module runs code for its effect), so a module reached only through
      // the rules/index.ts barrel goes into the chunk that uses it, not the start-up bundle:
      // the legal sources travel with the lazy outcome screen.
      treeshake: { moduleSideEffects: [{ test: /^(?!.*node_modules).*[\\/]rules[\\/].*\.ts$/, sideEffects: false }, { test: /./, sideEffects: true }] },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/rules/**/*.test.ts', 'tests/app/**/*.test.tsx', 'tests/app/**/*.test.ts', 'tests/locales/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
  },
});
