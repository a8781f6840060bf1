/**
 * The Content-Security-Policy of the built app, as a <meta> tag injected at build time only:
 * Vite's dev server needs inline scripts (React refresh), the production build has none.
 * Everything comes from the app's own origin; nothing can be sent or loaded elsewhere.
 * (`frame-ancestors` cannot be set from a meta tag; a host that can send headers should add it.)
 */
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const CHARSET = /<meta charset="utf-8"\s*\/?>/i;

export function contentSecurityPolicy(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'waymark:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Right after the charset, before any script, stylesheet or manifest link it governs.
        if (!CHARSET.test(html)) throw new Error('index.html needs <meta charset="utf-8"> for the CSP to follow');
        if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) throw new Error('index.html has an inline script, which the CSP forbids');
        return html.replace(CHARSET, (charset) => `${charset}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
      },
    },
  };
}
