import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '@/api/schemas';
import { detectClashes, type Booking } from '@mocks/rules/planning-clashes';
import { holidayCountries, publicHolidays } from '@mocks/rules/holidays';
import { checkClashes, createDraftPlan, planClashes } from '@mocks/rules/planning';
import { BY_PARTY_ID, KZ_FPAD_ID, KZ_PARTY_ID, SEED_CIS_ID, SHAMISHEV_ID } from '@mocks/data/ids';
import { ruleContext } from '../helpers/api';

const day = (start: string, end?: string): FuzzyDate => ({
  start,
  ...(end ? { end } : {}),
  precision: 'day',
  approximate: false,
});

function booking(id: string, date: FuzzyDate, extra: Partial<Booking> = {}): Booking {
  return {
    ref: { kind: 'draft', id, title: id, date, planId: null },
    span: {
      start: date.start,
      end: date.end ?? (date.precision === 'month' ? `${date.start.slice(0, 8)}28` : date.start),
    },
    precision: date.precision,
    bodyIds: [],
    personIds: [],
    counterpartIds: [],
    hostCountryCode: null,
    sameAs: [],
    ...extra,
  };
}
const none = () => [];

describe('clash detection', () => {
  it('warns of the same body booked twice within a week, not eight days apart', () => {
    const a = booking('a', day('2022-03-01'), { bodyIds: ['fpad'] });
    const b = booking('b', day('2022-03-07'), { bodyIds: ['fpad', 'other'] });
    const c = booking('c', day('2022-03-15'), { bodyIds: ['fpad'] });
    const clashes = detectClashes([a, b, c], [], none);
    expect(clashes).toEqual([
      expect.objectContaining({
        kind: 'booked_twice_in_week',
        item: a.ref,
        other: b.ref,
        bodyIds: ['fpad'],
        personIds: [],
      }),
    ]);
  });

  it('counts the days between a multi-day meeting’s end and the next one’s start', () => {
    const long = booking('long', day('2022-03-01', '2022-03-03'), { bodyIds: ['fpad'] });
    expect(
      detectClashes([long, booking('next', day('2022-03-09'), { bodyIds: ['fpad'] })], [], none),
    ).toHaveLength(1);
    expect(
      detectClashes([long, booking('later', day('2022-03-10'), { bodyIds: ['fpad'] })], [], none),
    ).toHaveLength(0);
  });

  it('warns of the same head of delegation leading for different bodies in one week', () => {
    const item = booking('item', day('2022-06-08'), {
      bodyIds: ['fpad'],
      personIds: ['shamishev'],
    });
    const meeting = booking('meeting', day('2022-06-10'), {
      bodyIds: ['cis-dept'],
      personIds: ['shamishev'],
    });
    meeting.ref = { ...meeting.ref, kind: 'consultation' };
    expect(detectClashes([item], [meeting], none)).toEqual([
      expect.objectContaining({
        kind: 'booked_twice_in_week',
        bodyIds: [],
        personIds: ['shamishev'],
        other: meeting.ref,
      }),
    ]);
  });

  it('does not count a month or a quarter as a week, nor an item against its own consultation', () => {
    const month = booking(
      'month',
      { start: '2022-03-01', precision: 'month', approximate: false },
      { bodyIds: ['fpad'] },
    );
    expect(
      detectClashes([month, booking('day', day('2022-03-02'), { bodyIds: ['fpad'] })], [], none),
    ).toEqual([]);
    const item = booking('pi-1', day('2022-03-02'), { bodyIds: ['fpad'], sameAs: ['c-1'] });
    const own = booking('c-1', day('2022-03-02'), { bodyIds: ['fpad'] });
    own.ref = { ...own.ref, kind: 'consultation' };
    expect(detectClashes([item], [own], none)).toEqual([]);
  });

  it('warns of two items with the same counterpart in one month, not of a consultation', () => {
    const a = booking(
      'a',
      { start: '2022-03-01', precision: 'month', approximate: false },
      { counterpartIds: ['by'] },
    );
    const b = booking('b', day('2022-03-20'), { counterpartIds: ['by', 'ru'] });
    const c = booking('c', day('2022-04-01'), { counterpartIds: ['by'] });
    expect(detectClashes([a, b, c], [], none)).toEqual([
      expect.objectContaining({
        kind: 'same_counterpart_month',
        item: a.ref,
        other: b.ref,
        partyIds: ['by'],
      }),
    ]);
    const meeting = booking('m', day('2022-03-21'), { counterpartIds: ['by'] });
    meeting.ref = { ...meeting.ref, kind: 'consultation' };
    expect(detectClashes([c], [meeting], none)).toEqual([]);
  });

  it('warns of a meeting on the host country’s public holiday, once per holiday', () => {
    const nauryz = booking('nauryz', day('2022-03-21', '2022-03-23'), { hostCountryCode: 'KZ' });
    const clashes = detectClashes([nauryz], [], publicHolidays);
    expect(clashes).toHaveLength(1);
    expect(clashes[0]).toMatchObject({
      kind: 'public_holiday',
      holiday: { date: '2022-03-21', countryCode: 'KZ', name: { en: 'Nauryz' } },
    });
    expect(
      detectClashes(
        [
          booking(
            'quarter',
            { start: '2022-01-01', precision: 'quarter', approximate: false },
            { hostCountryCode: 'KZ' },
          ),
        ],
        [],
        publicHolidays,
      ),
    ).toEqual([]);
  });
});

describe('the public holiday table', () => {
  it('covers KZ, BY, RU, UZ, KG, CN and TR for 2020–2023', () => {
    expect(holidayCountries()).toEqual(
      expect.arrayContaining(['BY', 'CN', 'KG', 'KZ', 'RU', 'TR', 'UZ']),
    );
    for (const country of holidayCountries()) {
      for (const year of [2020, 2021, 2022, 2023])
        expect(
          publicHolidays(country, `${year}-01-01`, `${year}-01-01`),
          `${country} ${year}`,
        ).toHaveLength(1);
    }
  });

  it('knows fixed and movable days, and the 2022 changes in Kazakhstan', () => {
    expect(publicHolidays('BY', '2022-05-03', '2022-05-03')[0]?.name.en).toBe('Radunitsa');
    expect(publicHolidays('TR', '2023-06-28', '2023-07-01')).toHaveLength(4);
    expect(
      publicHolidays('CN', '2022-01-31', '2022-02-06').every(
        (h) => h.name.en === 'Spring Festival',
      ),
    ).toBe(true);
    expect(publicHolidays('RU', '2021-06-12', '2021-06-12')[0]?.name.ru).toBe('День России');
    expect(publicHolidays('KZ', '2021-12-17', '2021-12-17')).toHaveLength(1);
    expect(publicHolidays('KZ', '2022-12-17', '2022-12-17')).toHaveLength(0);
    expect(publicHolidays('KZ', '2022-10-25', '2022-10-25')[0]?.name.kk).toBe('Республика күні');
    expect(publicHolidays('KZ', '2021-12-01', '2021-12-01')[0]?.name.en).toBe(
      'First President Day',
    );
    expect(publicHolidays('KZ', '2022-12-01', '2022-12-01')).toHaveLength(0);
  });
});

describe('clash checks on the API', () => {
  it('warns that ССТБД and Erlan Shamishev, at the CIS consultation on 22 December 2020, would meet Belarus two days later', () => {
    const ctx = ruleContext('u-planner');
    const clashes = checkClashes(ctx, {
      partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
      items: [
        {
          key: 'draft-1',
          title: 'FP analysis round',
          period: day('2020-12-24'),
          bodyIds: [KZ_FPAD_ID],
          hostPartyId: BY_PARTY_ID,
        },
      ],
    });
    const week = clashes.find((c) => c.kind === 'booked_twice_in_week');
    expect(week).toMatchObject({
      item: { kind: 'draft', id: 'draft-1' },
      other: { kind: 'consultation', id: SEED_CIS_ID },
      bodyIds: [KZ_FPAD_ID],
      personIds: [SHAMISHEV_ID],
    });
    // 25 December is Catholic Christmas in Belarus, not the 24th.
    expect(clashes.some((c) => c.kind === 'public_holiday')).toBe(false);
    const onChristmas = checkClashes(ctx, {
      partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
      items: [{ key: 'x', period: day('2020-12-25'), hostPartyId: BY_PARTY_ID }],
    });
    expect(onChristmas).toEqual([
      expect.objectContaining({
        kind: 'public_holiday',
        holiday: expect.objectContaining({ date: '2020-12-25', countryCode: 'BY' }),
      }),
    ]);
  });

  it('checks a stored plan’s items against each other and against other plans', () => {
    const ctx = ruleContext('u-planner');
    const plan = createDraftPlan(ctx, {
      title: { en: 'KZ–BY 2022' },
      partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
      period: { start: '2022-01-01', end: '2022-12-31' },
      items: [
        {
          title: 'Political consultations',
          period: { start: '2022-03-01', precision: 'month', approximate: false },
        },
        { title: 'Consular consultations', period: day('2022-03-15'), hostPartyId: KZ_PARTY_ID },
        { title: 'Analysts', period: day('2022-03-22'), hostPartyId: KZ_PARTY_ID },
      ],
    });
    const clashes = planClashes(ctx, plan.id);
    const months = clashes.filter((c) => c.kind === 'same_counterpart_month');
    expect(months).toHaveLength(3);
    for (const clash of months)
      expect(clash).toMatchObject({
        item: { kind: 'planItem', planId: plan.id },
        other: { kind: 'planItem', planId: plan.id },
        partyIds: [BY_PARTY_ID],
      });
    expect(clashes.filter((c) => c.kind === 'public_holiday').map((c) => c.item.title)).toEqual([
      'Analysts',
    ]);
  });
});
