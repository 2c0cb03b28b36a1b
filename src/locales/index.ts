import type { Language } from '@/api/schemas';

/**
 * One catalogue per language and namespace: `src/locales/<language>/<namespace>.json`. Each feature
 * owns its namespace; a new file is picked up here without further wiring.
 */
const files = import.meta.glob<Record<string, unknown>>('./*/*.json', { eager: true, import: 'default' });

type Catalogue = Record<string, unknown>;
export const resources: Record<Language, Record<string, Catalogue>> = { kk: {}, ru: {}, en: {} };
for (const [path, catalogue] of Object.entries(files)) {
  const match = /^\.\/(kk|ru|en)\/([\w-]+)\.json$/.exec(path);
  if (match) resources[match[1] as Language][match[2] as string] = catalogue;
}

export const namespaces = Object.keys(resources.en).sort();
