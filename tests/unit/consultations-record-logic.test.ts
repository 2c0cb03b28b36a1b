import { describe, expect, it } from 'vitest';
import { Consultation, type FieldChange } from '@/api/schemas';
import {
  describeChanges,
  describeValue,
  type DescribeContext,
} from '@/features/consultations/record/describe-change';
import { canRevert, revertedInput } from '@/features/consultations/record/revert';
import { safeHref } from '@/features/consultations/record/safe-url';
import { i18n } from '@/lib/i18n';
import { createDemoData } from '@mocks/data';
import { SEED_KZ_BY_ID } from '@mocks/data/ids';

const names = {
  party: (id: string) => ({ 'party-kz': 'Kazakhstan', 'party-by': 'Belarus' })[id] ?? id,
  body: (id: string) => `body ${id}`,
  person: (id: string) => `person ${id}`,
  topic: (id: string) => ({ 'topic-pandemic': 'Pandemic' })[id] ?? id,
  place: (id: string, on?: string) =>
    id === 'place-astana' ? (on && on < '2022-09-17' ? 'Nur-Sultan' : 'Astana') : id,
};
const ctx = (): DescribeContext => ({
  t: i18n.getFixedT('en', 'consultations'),
  tCommon: i18n.getFixedT('en', 'common'),
  language: 'en',
  names,
});

describe('safeHref', () => {
  it('links web addresses only', () => {
    expect(safeHref('https://jana-kezen.kz/news/1')).toBe('https://jana-kezen.kz/news/1');
    expect(safeHref(' http://example.org ')).toBe('http://example.org/');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('vbscript:msgbox')).toBeNull();
    expect(safeHref('/relative/path')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
});

describe('describeValue', () => {
  it('says enums, dates, ids and lists in words', () => {
    const c = ctx();
    expect(describeValue('status', 'postponed', c)).toBe('postponed');
    expect(describeValue('level', 'deputy_minister', c)).toBe('deputy minister');
    expect(describeValue('language', 'kk', c)).toBe('Қазақша');
    expect(
      describeValue('date', { start: '2020-10-01', precision: 'quarter', approximate: true }, c),
    ).toBe('approx. Q4 2020');
    expect(
      describeValue('date', { start: '2020-12-22', precision: 'day', approximate: false }, c),
    ).toBe('22 December 2020');
    expect(describeValue('hostPartyId', 'party-by', c)).toBe('Belarus');
    expect(describeValue('topicIds', ['topic-pandemic', 'topic-x'], c)).toBe('Pandemic, topic-x');
    expect(
      describeValue(
        'delegations',
        [
          { partyId: 'party-kz', leadBodyId: 'b1', headPersonId: 'p1', memberIds: ['p2'] },
          { partyId: 'party-by' },
        ],
        c,
      ),
    ).toBe('Kazakhstan (body b1; head: person p1; members: person p2); Belarus');
    expect(
      describeValue(
        'place',
        { placeId: 'place-astana', city: '', countryCode: 'KZ', venue: 'MFA' },
        c,
      ),
    ).toBe('Astana, MFA, KZ');
    expect(
      describeValue('outcomes', [{ id: 'o1', kind: 'agreement', text: 'Meet again' }], c),
    ).toBe('agreement: Meet again');
  });

  it('marks empty values and clips long texts', () => {
    const c = ctx();
    expect(describeValue('condition', '', c)).toBe('—');
    expect(describeValue('topicIds', [], c)).toBe('—');
    expect(describeValue('planItemId', null, c)).toBe('—');
    const long = describeValue('summary', 'x'.repeat(1000), c);
    expect(long).toHaveLength(240);
    expect(long.endsWith('…')).toBe(true);
  });

  it('shows a value of an unexpected shape as text instead of failing', () => {
    const c = ctx();
    expect(describeValue('status', 'finished', c)).toBe('finished');
    expect(describeValue('date', { when: 'soon' }, c)).toBe('{"when":"soon"}');
    expect(describeValue('newField', 42, c)).toBe('42');
  });

  it('orders changes as the page does, with readable field names', () => {
    const changes: FieldChange[] = [
      { field: 'summary', from: 'a', to: 'b' },
      { field: 'title', from: 'Old', to: 'New' },
      { field: 'hostPartyId', from: null, to: 'party-kz' },
    ];
    expect(describeChanges(changes, ctx())).toEqual([
      { field: 'title', label: 'Title', from: 'Old', to: 'New' },
      { field: 'hostPartyId', label: 'Host', from: '—', to: 'Kazakhstan' },
      { field: 'summary', label: 'Summary', from: 'a', to: 'b' },
    ]);
  });
});

describe('revertedInput', () => {
  const seed = Consultation.parse(
    createDemoData().consultations.find((c) => c.id === SEED_KZ_BY_ID),
  );

  it('puts back the earlier values of the changed fields only', () => {
    const current = { ...seed, title: 'New title', status: 'cancelled' as const, version: 3 };
    const input = revertedInput(current, [
      { field: 'title', from: seed.title, to: 'New title' },
      { field: 'status', from: 'held', to: 'cancelled' },
    ]);
    expect(input?.title).toBe(seed.title);
    expect(input?.status).toBe('held');
    expect(input?.summary).toBe(seed.summary);
    expect(input).not.toHaveProperty('version');
    expect(input).not.toHaveProperty('id');
  });

  it('refuses what would not be a valid record, and entries that change nothing to put back', () => {
    expect(revertedInput(seed, [{ field: 'title', from: '', to: 'x' }])).toBeNull();
    expect(
      revertedInput(seed, [{ field: 'deletedAt', from: null, to: '2024-01-01T00:00:00Z' }]),
    ).toBeNull();
    expect(canRevert('update', [{ field: 'title', from: 'a', to: 'b' }])).toBe(true);
    expect(canRevert('delete', [{ field: 'deletedAt', from: null, to: 'x' }])).toBe(false);
    expect(canRevert('update', [{ field: 'deletedAt', from: null, to: 'x' }])).toBe(false);
  });
});
