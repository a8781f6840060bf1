/**
 * Draws Waymark's icons (a waymark arrow on a post) as SVG and renders the PNG sizes the
 * web app manifest needs with Debian's Chromium. Run once when the design changes:
 *   npx tsx scripts/make-icons.ts
 * The maskable icon keeps the mark inside the central 80% safe zone.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const TEAL = '#0b4f5c';
const mark = (scale: number) => `
  <g transform="translate(256 256) scale(${scale}) translate(-256 -256)">
    <rect x="236" y="150" width="40" height="290" rx="8" fill="#ffffff"/>
    <path d="M120 120 H330 L392 172 L330 224 H120 Z" fill="#f6c343"/>
    <path d="M392 250 H182 L120 302 L182 354 H392 Z" fill="#ffffff"/>
  </g>`;

const svg = (scale: number, rounded: boolean) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect width="512" height="512" ${rounded ? 'rx="96"' : ''} fill="${TEAL}"/>${mark(scale)}
</svg>`;

writeFileSync('public/icon.svg', svg(1, true));

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage();
for (const [file, size, scale, rounded] of [
  ['icon-192.png', 192, 1, false],
  ['icon-512.png', 512, 1, false],
  ['icon-maskable-512.png', 512, 0.72, false],
  ['apple-touch-icon.png', 180, 0.9, false],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg(scale, rounded)}`);
  await page.screenshot({ path: `public/${file}`, omitBackground: false });
}
await browser.close();
console.log('icons written to public/');
