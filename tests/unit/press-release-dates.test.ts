import { describe, expect, it } from 'vitest';
import { findDates, resolveRelative } from '@/features/press-release';

const first = (text: string) => {
  const [mention] = findDates(text);
  return mention
    ? {
        start: mention.start,
        end: mention.end,
        precision: mention.precision,
        approximate: mention.approximate,
        relative: mention.relative,
      }
    : null;
};

describe('dates in press releases', () => {
  it.each([
    ['2020 жылдың 22 желтоқсан күні ТМД-ның Атқарушы комитетінде', '2020-12-22'],
    ['2020 жылғы 22 желтоқсанда өтті', '2020-12-22'],
    ['22 желтоқсан 2020 ж. Минск қаласында', '2020-12-22'],
    ['22 декабря 2020 года в Минске', '2020-12-22'],
    ['Минск, 22 December 2020 —', '2020-12-22'],
    ['MINSK, December 22, 2020 – The heads', '2020-12-22'],
    ['Dec. 22nd, 2020', '2020-12-22'],
    ['12.11.2021 в Нур-Султане', '2021-11-12'],
    ['on 2021-11-12 in Astana', '2021-11-12'],
    ['3 мая 2021 года', '2021-05-03'],
  ])('reads a day: %s', (text, start) => {
    expect(first(text)).toMatchObject({ start, precision: 'day', relative: false });
  });

  it('reads a span of days as start and end', () => {
    expect(first('21–22 декабря 2020 года')).toMatchObject({
      start: '2020-12-21',
      end: '2020-12-22',
      precision: 'day',
    });
    expect(first('December 21-22, 2020')).toMatchObject({ start: '2020-12-21', end: '2020-12-22' });
  });

  it.each([
    ['в декабре 2020 года', '2020-12-01', 'month'],
    ['2020 жылдың желтоқсанында', '2020-12-01', 'month'],
    ['in December 2020', '2020-12-01', 'month'],
    ['в первом квартале 2021 года', '2021-01-01', 'quarter'],
    ['2021 жылдың екінші тоқсанында', '2021-04-01', 'quarter'],
    ['in the fourth quarter of 2020', '2020-10-01', 'quarter'],
    ['Q3 2021', '2021-07-01', 'quarter'],
    ['в 2021 году', '2021-01-01', 'year'],
    ['2021 жылы', '2021-01-01', 'year'],
  ])('reads a coarser date: %s', (text, start, precision) => {
    expect(first(text)).toMatchObject({ start, precision });
  });

  it.each(['келесі жылы Нұр-Сұлтан қаласында', 'в следующем году в Астане', 'next year in Astana'])(
    'reads "next year" relative to the item: %s',
    (text) => {
      const [mention] = findDates(text);
      expect(mention).toMatchObject({ relative: true, precision: 'year' });
      expect(resolveRelative(mention!, '2020-12-22')).toMatchObject({
        start: '2021-01-01',
        precision: 'year',
        relative: false,
      });
      expect(resolveRelative(mention!, null)).toBeNull();
    },
  );

  it('marks an approximate date and ignores spans of years and impossible days', () => {
    expect(first('примерно 15 марта 2021 года')).toMatchObject({
      start: '2021-03-15',
      approximate: true,
    });
    expect(findDates('2020-2021 жылдарға арналған Ынтымақтастық жоспарына сәйкес')).toEqual([]);
    expect(findDates('31.02.2021')).toEqual([]);
    expect(findDates('in 2020-2021')).toEqual([]);
  });
});
