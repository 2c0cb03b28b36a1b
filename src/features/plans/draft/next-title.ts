import type { LocalizedText, Period } from '@/api/schemas';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The next plan's title from the previous one's: its years replaced by the new period's, with the
 * word for "year(s)" agreeing ("на 2020–2021 годы" → "на 2022 год", "2020–2021 жылдарға" →
 * "2022 жылға"). A title without the old years is kept as it is; the planner edits it anyway.
 */
export function nextTitle(title: LocalizedText, previous: Period, next: Period): LocalizedText {
  const [pf, pl] = [previous.start.slice(0, 4), previous.end.slice(0, 4)];
  const [nf, nl] = [next.start.slice(0, 4), next.end.slice(0, 4)];
  const oneYear = nf === nl;
  const label = (dash: string) => (oneYear ? nf : `${nf}${dash}${nl}`);
  const out: LocalizedText = {};
  for (const lang of ['kk', 'ru', 'en'] as const) {
    const text = title[lang];
    if (!text) continue;
    let result =
      pf === pl
        ? text.replace(new RegExp(`\\b${escape(pf)}\\b`, 'g'), label('–'))
        : text.replace(
            new RegExp(`${escape(pf)}\\s*([–—-])\\s*${escape(pl)}`, 'g'),
            (_m, dash: string) => label(dash),
          );
    if (oneYear) {
      result = result
        .replace(new RegExp(`(${nf}) годы`, 'g'), '$1 год')
        .replace(new RegExp(`(${nf}) жылдарға`, 'g'), '$1 жылға');
    } else {
      result = result
        .replace(new RegExp(`(${nl}) год(?!ы)`, 'g'), '$1 годы')
        .replace(new RegExp(`(${nl}) жылға`, 'g'), '$1 жылдарға');
    }
    out[lang] = result;
  }
  return out;
}
