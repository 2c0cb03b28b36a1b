import { describe, expect, it } from 'vitest';
import { fuzzyDateEnd, overlapsPeriod, periodKey, snapStart } from '@/lib/fuzzy-date';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { i18n } from '@/lib/i18n';

describe('fuzzy dates', () => {
  it('spans the whole period of their precision', () => {
    expect(fuzzyDateEnd({ start: '2020-12-22', precision: 'day' })).toBe('2020-12-22');
    expect(fuzzyDateEnd({ start: '2020-12-01', precision: 'month' })).toBe('2020-12-31');
    expect(fuzzyDateEnd({ start: '2020-10-01', precision: 'quarter' })).toBe('2020-12-31');
    expect(fuzzyDateEnd({ start: '2021-01-01', precision: 'year' })).toBe('2021-12-31');
    expect(fuzzyDateEnd({ start: '2021-03-01', end: '2021-03-03', precision: 'day' })).toBe('2021-03-03');
  });

  it('overlaps a period when any day of its span does', () => {
    const q4 = { start: '2020-10-01', precision: 'quarter' as const };
    expect(overlapsPeriod(q4, '2020-12-01', '2020-12-31')).toBe(true);
    expect(overlapsPeriod(q4, '2021-01-01')).toBe(false);
    expect(overlapsPeriod(q4, undefined, '2020-09-30')).toBe(false);
  });

  it('snaps a start to its period', () => {
    expect(snapStart('2020-11-17', 'quarter')).toBe('2020-10-01');
    expect(snapStart('2020-11-17', 'month')).toBe('2020-11-01');
    expect(snapStart('2020-11-17', 'year')).toBe('2020-01-01');
  });

  it('names buckets by year, quarter and month', () => {
    expect(periodKey('2020-12-22', 'year')).toBe('2020');
    expect(periodKey('2020-12-22', 'quarter')).toBe('2020-Q4');
    expect(periodKey('2020-12-22', 'month')).toBe('2020-12');
  });
});

describe('formatFuzzyDate', () => {
  const t = i18n.getFixedT('en');
  it('writes a date as precisely as it is known, in each language', () => {
    expect(formatFuzzyDate({ start: '2020-12-22', precision: 'day', approximate: false }, 'en', t)).toBe('22 December 2020');
    expect(formatFuzzyDate({ start: '2020-12-01', precision: 'month', approximate: false }, 'en', t)).toBe('December 2020');
    expect(formatFuzzyDate({ start: '2020-10-01', precision: 'quarter', approximate: true }, 'en', t)).toBe('approx. Q4 2020');
    expect(formatFuzzyDate({ start: '2020-12-22', precision: 'day', approximate: false }, 'ru', i18n.getFixedT('ru'))).toBe(
      '22 декабря 2020 г.',
    );
    const kk = formatFuzzyDate({ start: '2020-12-22', precision: 'day', approximate: false }, 'kk', i18n.getFixedT('kk'));
    expect(kk).toMatch(/22 желтоқсан/);
    expect(kk).toMatch(/2020/);
    expect(formatFuzzyDate({ start: '2021-01-01', precision: 'year', approximate: false }, 'kk', i18n.getFixedT('kk'))).toBe('2021 ж.');
  });
});

describe('Kazakh dates', () => {
  it('name the months in Kazakh whatever the browser knows', async () => {
    const { formatMonth, formatMonthShort, monthName } = await import('@/lib/i18n/format');
    expect(monthName(0, 'kk')).toBe('қаңтар');
    expect(monthName(11, 'kk')).toBe('желтоқсан');
    expect(formatMonth('2020-12-01', 'kk')).toBe('2020 ж. желтоқсан');
    expect(formatMonthShort('2021-03-01', 'kk')).toBe('нау.');
    expect(monthName(11, 'ru')).toBe('декабрь');
  });
});
