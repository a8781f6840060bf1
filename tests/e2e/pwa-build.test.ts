/**
 * The built service worker, web app manifest, icons and Content-Security-Policy in dist/: what a
 * browser needs to install Waymark and run it offline, checked without a browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, precacheUrls } from '../../scripts/build-stats.ts';
import { CONTENT_SECURITY_POLICY } from '../../scripts/content-security-policy.ts';

const DIST = join(ROOT, 'dist');
const read = (file: string) => readFileSync(join(DIST, file));

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking the signature. */
function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature').toBe(true);
  expect(data.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('the service worker', () => {
  const sw = read('sw.js').toString('utf8');

  it('exists, precaches the shell, the manifest and every lazy chunk, and falls back to index.html', () => {
    const urls = precacheUrls(DIST);
    expect(urls).toContain('index.html');
    expect(urls).toContain('manifest.webmanifest');
    const chunks = readFileSync(join(DIST, 'index.html'), 'utf8').match(/\/assets\/[^"]+\.js/g)!;
    for (const chunk of chunks) expect(urls).toContain(chunk.slice(1));
    for (const url of urls) expect(existsSync(join(DIST, url)), url).toBe(true);
    expect(sw).toMatch(/NavigationRoute\(\w+\.createHandlerBoundToURL\("index\.html"\)\)/);
  });

  it('waits for consent to update: it skips waiting only when the page asks', () => {
    expect(sw).toMatch(/"SKIP_WAITING"===\w+\.data\.type&&self\.skipWaiting\(\)/);
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
  });
});

describe('the web app manifest', () => {
  const manifest = JSON.parse(read('manifest.webmanifest').toString('utf8')) as Record<string, unknown> & { icons: ManifestIcon[] };

  it('is linked from index.html', () => {
    expect(read('index.html').toString('utf8')).toMatch(/<link rel="manifest" href="\/manifest\.webmanifest">/);
  });

  it('has the fields an installable app needs', () => {
    for (const field of ['name', 'short_name', 'description', 'lang', 'theme_color', 'background_color']) {
      expect(typeof manifest[field], field).toBe('string');
      expect((manifest[field] as string).length, field).toBeGreaterThan(0);
    }
    expect((manifest.short_name as string).length).toBeLessThanOrEqual(12);
    expect(manifest).toMatchObject({ start_url: '/', scope: '/', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('has PNG icons of 192 and 512 pixels and a maskable one, each file of the size it claims', () => {
    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png');
    const sizes = (icon: ManifestIcon) => icon.sizes.split(' ');
    expect(pngs.some((icon) => sizes(icon).includes('192x192') && icon.purpose !== 'maskable')).toBe(true);
    expect(pngs.some((icon) => sizes(icon).includes('512x512') && icon.purpose !== 'maskable')).toBe(true);
    expect(pngs.some((icon) => icon.purpose?.split(' ').includes('maskable'))).toBe(true);
    for (const icon of pngs) {
      const [size] = sizes(icon);
      const { width, height } = pngSize(read(icon.src));
      expect(`${width}x${height}`, icon.src).toBe(size);
    }
  });
});

describe('the Content-Security-Policy', () => {
  it('is a meta tag before any script or stylesheet of the built page, allowing only the own origin', () => {
    const html = read('index.html').toString('utf8');
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(html.search(/<script|<link rel="(stylesheet|modulepreload|manifest)"/));
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'"]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('is not in the source index.html, which the dev server serves with inline scripts', () => {
    expect(readFileSync(join(ROOT, 'index.html'), 'utf8')).not.toContain('Content-Security-Policy');
  });
});
