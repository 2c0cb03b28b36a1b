import { describe, expect, it } from 'vitest';
import { languages } from '@/api/schemas';
import { namespaces } from '@/locales';

/** The catalogues as files, read directly: what ships is what is checked. */
const files = import.meta.glob<Record<string, unknown>>('../../src/locales/*/*.json', { eager: true, import: 'default' });
const resources: Record<string, Record<string, unknown>> = { kk: {}, ru: {}, en: {} };
for (const [path, catalogue] of Object.entries(files)) {
  const match = /\/(kk|ru|en)\/([\w-]+)\.json$/.exec(path);
  if (match?.[1] && match[2]) (resources[match[1]] ??= {})[match[2]] = catalogue;
}
import { i18n } from '@/lib/i18n';

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function leafPaths(tree: unknown, prefix = ''): string[] {
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value && typeof value === 'object' ? leafPaths(value, path) : [path];
  });
}

/** Every key of a catalogue, plural forms (`x_one`, `x_few`… beside `x_other`) folded onto `x`. */
function keysOf(tree: unknown): Map<string, Set<string>> {
  const paths = leafPaths(tree);
  const all = new Set(paths);
  const out = new Map<string, Set<string>>();
  for (const path of paths) {
    const match = pluralSuffix.exec(path);
    const base = match ? path.slice(0, match.index) : path;
    const isPlural = Boolean(match && all.has(`${base}_other`));
    const key = isPlural ? base : path;
    const forms = out.get(key) ?? new Set<string>();
    if (isPlural && match?.[1]) forms.add(match[1]);
    out.set(key, forms);
  }
  return out;
}

describe('catalogues', () => {
  for (const ns of namespaces) {
    it(`${ns}: every key exists in kk, ru and en`, () => {
      const all = new Set(languages.flatMap((lang) => [...keysOf(resources[lang]?.[ns]).keys()]));
      for (const lang of languages) {
        const keys = keysOf(resources[lang]?.[ns]);
        const missing = [...all].filter((k) => !keys.has(k));
        expect(missing, `${lang}/${ns} is missing`).toEqual([]);
      }
    });

    it(`${ns}: plural keys have every form each language needs`, () => {
      for (const lang of languages) {
        const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const [key, forms] of keysOf(resources[lang]?.[ns])) {
          if (!forms.size) continue;
          const missing = needed.filter((f) => !forms.has(f));
          expect(missing, `${lang}/${ns}:${key}`).toEqual([]);
        }
      }
    });

    it(`${ns}: no message is empty`, () => {
      for (const lang of languages) {
        const empty: string[] = [];
        const walk = (tree: unknown, prefix: string) => {
          for (const [k, v] of Object.entries(tree as Record<string, unknown>)) {
            if (v && typeof v === 'object') walk(v, `${prefix}${k}.`);
            else if (typeof v !== 'string' || !v.trim()) empty.push(`${prefix}${k}`);
          }
        };
        walk(resources[lang]?.[ns], '');
        expect(empty, lang).toEqual([]);
      }
    });
  }

  it('uses Russian one/few/many plurals', () => {
    const t = i18n.getFixedT('ru');
    expect(t('count.consultations', { count: 1 })).toBe('1 консультация');
    expect(t('count.consultations', { count: 3 })).toBe('3 консультации');
    expect(t('count.consultations', { count: 5 })).toBe('5 консультаций');
    expect(t('count.consultations', { count: 21 })).toBe('21 консультация');
  });
});
