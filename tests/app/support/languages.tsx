/**
 * Rendering the app with two languages: the worker's and the client's, from the real
 * locale files (every namespace that exists), as main.tsx would after loading both.
 */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Resource } from 'i18next';
import { createI18n } from '../../../app/i18n/i18n.ts';
import { Root } from '../../../app/root.tsx';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from '../../../app/settings/site-settings.ts';

const FILES = import.meta.glob<Record<string, unknown>>('../../../locales/*/{common,questions,routes,directory,glossary}.json', { eager: true, import: 'default' });

/** Every namespace file of the given languages, as i18next resources. */
export function resourcesOf(...languages: string[]): Resource {
  const resources: Resource = {};
  for (const [path, data] of Object.entries(FILES)) {
    const [lng, file] = path.split('/').slice(-2) as [string, string];
    if (!languages.includes(lng)) continue;
    resources[lng] = { ...resources[lng], [file.replace('.json', '')]: data };
  }
  return resources;
}

export async function renderLanguages(options: { worker?: string; client?: string | null; settings?: Partial<SiteSettings>; extra?: Resource } = {}) {
  const { worker = 'en', client = null } = options;
  const i18n = await createI18n({ lng: worker, resources: { ...resourcesOf('en', worker, ...(client ? [client] : [])), ...options.extra } });
  const user = userEvent.setup();
  const utils = render(<Root i18n={i18n} settings={{ ...DEFAULT_SITE_SETTINGS, ...options.settings }} clientLng={client} />);
  await screen.findByRole('main');
  return { ...utils, i18n, user };
}

/** The blocks of one language role (`worker` or `client`) inside an element. */
export const blocks = (within: ParentNode, block: 'worker' | 'client'): HTMLElement[] => [...within.querySelectorAll<HTMLElement>(`[data-lang-block=${block}]`)];
