import ICAL from 'ical.js';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FuzzyDate } from '@/api/schemas';
import { toCsv, UTF8_BOM } from '@/lib/csv';
import { fileSlug } from '@/lib/download';
import { consultationsToIcs, eventStatus, planToIcs, type IcsConsultation } from '@/lib/ical';

const day = (start: string, end?: string): FuzzyDate => ({
  start,
  ...(end ? { end } : {}),
  precision: 'day',
  approximate: false,
});
const now = new Date('2026-11-28T10:00:00Z');

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: String(vevent.getFirstPropertyValue('uid')),
    summary: String(vevent.getFirstPropertyValue('summary')),
    status: String(vevent.getFirstPropertyValue('status')),
    start: vevent.getFirstPropertyValue('dtstart') as ICAL.Time,
    end: vevent.getFirstPropertyValue('dtend') as ICAL.Time,
    location: vevent.getFirstPropertyValue('location'),
    description: vevent.getFirstPropertyValue('description'),
    sequence: vevent.getFirstPropertyValue('sequence'),
  }));
  return { calendar, events };
}

const consultations: IcsConsultation[] = [
  {
    id: 'c-seed-cis',
    title: 'Consultations on "foreign-policy planning"; CIS, Minsk',
    status: 'held',
    date: day('2020-12-22'),
    city: 'Minsk',
    version: 3,
  },
  {
    id: 'c-seed-kz-by',
    title: 'Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар',
    status: 'held',
    date: { start: '2020-10-01', precision: 'quarter', approximate: true },
  },
  {
    id: 'c-month',
    title: 'Planned in December',
    status: 'planned',
    date: { start: '2022-12-01', precision: 'month', approximate: false },
  },
  { id: 'c-cancelled', title: 'Cancelled round', status: 'cancelled', date: day('2021-06-15') },
  {
    id: 'c-two-days',
    title: 'Two days in Astana',
    status: 'planned',
    date: day('2022-05-19', '2022-05-20'),
    condition: '',
  },
  {
    id: 'c-year',
    title: 'Sometime in 2023',
    status: 'planned',
    date: { start: '2023-01-01', precision: 'year', approximate: false },
  },
];

describe('iCalendar', () => {
  it('writes one all-day event per consultation that a standard parser reads back', async () => {
    const ics = await consultationsToIcs(consultations, {
      calendarName: 'Consultations',
      now,
      descriptionOf: (c) => `Line one\nLine two, ${c.id}`,
    });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toMatch(/\r\nEND:VCALENDAR\r\n$/);
    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Consultations');
    expect(events).toHaveLength(6);
    const byId = new Map(
      events.map((e) => [e.uid.replace(/^consultation-|@kenes\.example$/g, ''), e]),
    );
    const cis = byId.get('c-seed-cis');
    expect(cis?.summary).toBe('Consultations on "foreign-policy planning"; CIS, Minsk');
    expect(cis?.start.isDate).toBe(true);
    expect(cis?.start.toString()).toBe('2020-12-22');
    expect(cis?.end.toString()).toBe('2020-12-23');
    expect(cis?.status).toBe('CONFIRMED');
    expect(cis?.location).toBe('Minsk');
    expect(cis?.sequence).toBe(2);
    expect(cis?.description).toBe('Line one\nLine two, c-seed-cis');
    expect(byId.get('c-seed-kz-by')).toMatchObject({
      status: 'TENTATIVE',
      summary: 'Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар',
    });
    expect(byId.get('c-seed-kz-by')?.start.toString()).toBe('2020-10-01');
    expect(byId.get('c-seed-kz-by')?.end.toString()).toBe('2021-01-01');
    expect(byId.get('c-month')?.status).toBe('TENTATIVE');
    expect(byId.get('c-month')?.end.toString()).toBe('2023-01-01');
    expect(byId.get('c-cancelled')?.status).toBe('CANCELLED');
    expect(byId.get('c-two-days')?.end.toString()).toBe('2022-05-21');
    expect(byId.get('c-year')?.end.toString()).toBe('2024-01-01');
  });

  it('gives the same record the same UID every time, so calendars update instead of duplicating', async () => {
    const first = parse(
      await consultationsToIcs(consultations, { calendarName: 'A', now }),
    ).events.map((e) => e.uid);
    const second = parse(
      await consultationsToIcs([...consultations].reverse(), {
        calendarName: 'B',
        now: new Date(),
      }),
    ).events.map((e) => e.uid);
    expect(new Set(first)).toEqual(new Set(second));
    expect(new Set(first).size).toBe(consultations.length);
  });

  it('writes a plan’s items, marking month and quarter items tentative and cancelled ones cancelled', async () => {
    const items = [
      {
        id: 'pi-1',
        title: 'Deputy ministers',
        period: { start: '2022-04-01', precision: 'quarter' as const, approximate: false },
        fulfilment: 'planned' as const,
      },
      {
        id: 'pi-2',
        title: 'Consular',
        period: day('2022-03-15'),
        fulfilment: 'cancelled' as const,
      },
      { id: 'pi-3', title: 'Analysts', period: day('2022-06-09'), fulfilment: 'planned' as const },
      {
        id: 'pi-4',
        title: 'Conditional',
        period: day('2022-06-20'),
        fulfilment: 'planned' as const,
        condition: 'if the situation allows',
      },
    ];
    const { calendar, events } = parse(
      await planToIcs({ id: 'plan-x', title: 'KZ–BY 2022' }, items, {
        now,
        locationOf: () => 'Nur-Sultan',
      }),
    );
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('KZ–BY 2022');
    expect(events.map((e) => [e.uid, e.status])).toEqual([
      ['plan-item-pi-1@kenes.example', 'TENTATIVE'],
      ['plan-item-pi-2@kenes.example', 'CANCELLED'],
      ['plan-item-pi-3@kenes.example', 'CONFIRMED'],
      ['plan-item-pi-4@kenes.example', 'TENTATIVE'],
    ]);
    expect(events[0]?.start.toString()).toBe('2022-04-01');
    expect(events[0]?.end.toString()).toBe('2022-07-01');
    expect(events[0]?.location).toBe('Nur-Sultan');
  });

  it('decides an event’s status from the date’s precision and the state', () => {
    expect(eventStatus(day('2022-01-10'), 'held')).toBe('CONFIRMED');
    expect(eventStatus(day('2022-01-10'), 'postponed')).toBe('TENTATIVE');
    expect(eventStatus(day('2022-01-10'), 'overdue')).toBe('TENTATIVE');
    expect(eventStatus({ ...day('2022-01-10'), approximate: true }, 'planned')).toBe('TENTATIVE');
    expect(
      eventStatus({ start: '2022-01-01', precision: 'month', approximate: false }, 'held'),
    ).toBe('TENTATIVE');
    expect(
      eventStatus({ start: '2022-01-01', precision: 'year', approximate: false }, 'cancelled'),
    ).toBe('CANCELLED');
  });
});

describe('CSV', () => {
  const columns = [
    { header: 'Title', value: (r: { title: string; n: number | null }) => r.title },
    { header: 'Count', value: (r: { title: string; n: number | null }) => r.n },
  ];

  it('is UTF-8 with a BOM and CRLF lines, quoting what needs quoting, Kazakh and Russian intact', async () => {
    const csv = await toCsv(
      [
        { title: 'Қазақстан мен Беларусь, "СІМ-аралық" консультациялар', n: 2 },
        { title: 'Line one\nline two', n: null },
      ],
      columns,
    );
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe('Title,Count');
    const parsed = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data;
    expect(parsed).toEqual([
      ['Title', 'Count'],
      ['Қазақстан мен Беларусь, "СІМ-аралық" консультациялар', '2'],
      ['Line one\nline two', ''],
    ]);
  });

  it('neutralises formula injection: a cell starting with = + - @ tab or CR stays text', async () => {
    const evil = [
      '=HYPERLINK("http://evil.example","click")',
      '+1+1',
      '-2+3',
      '@SUM(A1:A2)',
      '\t=1',
      '\r=1',
      "=cmd|' /C calc'!A0\nsecond line",
    ];
    const csv = await toCsv(
      evil.map((title) => ({ title, n: -5 })),
      columns,
    );
    const rows = Papa.parse<string[]>(csv.slice(1).trimEnd(), { newline: '\r\n' }).data.slice(1);
    expect(rows.map((r) => r[0])).toEqual(evil.map((text) => `'${text}`));
    // A negative number is a number, not a formula.
    expect(rows.every((r) => r[1] === '-5')).toBe(true);
    expect(await toCsv([{ title: 'Plain = text', n: 1 }], columns)).toContain('Plain = text,1');
  });

  it('names files after any script', () => {
    expect(fileSlug('План КЗ–БЛ 2022')).toBe('план-кз-бл-2022');
    expect(fileSlug('***')).toBe('export');
  });
});
