/**
 * One catalogue per language and namespace: `src/locales/<language>/<namespace>.json`. Each feature
 * owns its namespace; a new file is picked up here without further wiring. Catalogues load on
 * demand, so a page carries only its own language's words.
 */
const loaders = import.meta.glob<Record<string, unknown>>('./*/*.json', { import: 'default' });

const pathOf = (language: string, namespace: string) => `./${language}/${namespace}.json`;

export const namespaces = Object.keys(loaders)
  .map((path) => /^\.\/en\/([\w-]+)\.json$/.exec(path)?.[1])
  .filter((ns): ns is string => Boolean(ns))
  .sort();

export async function loadCatalogue(language: string, namespace: string): Promise<Record<string, unknown>> {
  const load = loaders[pathOf(language, namespace)];
  if (!load) throw new Error(`No catalogue ${language}/${namespace}`);
  return load();
}
