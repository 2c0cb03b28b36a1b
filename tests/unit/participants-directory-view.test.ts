import { describe, expect, it } from 'vitest';
import type { PartyProfile } from '@/api/schemas/profiles';
import {
  countByTab,
  parseDirectoryView,
  serializeDirectoryView,
  sortRows,
  type DirectoryRow,
} from '@/features/participants/directory/directory-view';
import { consultationsOf, consultationsOfPair } from '@/features/participants/links';
import { currentPosition } from '@/features/participants/positions';
import { listConsultations } from '@mocks/rules/consultations';
import { profile } from '@mocks/rules/profiles';
import { KZ_PARTY_ID } from '@mocks/data/ids';
import { ruleContext } from '../helpers/api';

const row = (
  id: string,
  name: string,
  consultations: number,
  lastHeld: string | null,
  tab: DirectoryRow['tab'] = 'country',
): DirectoryRow => ({
  kind: tab === 'body' || tab === 'person' ? tab : 'party',
  tab,
  id,
  name,
  partyId: null,
  detail: '',
  usage: { consultations, lastHeld, nextPlanned: null },
});

describe('directory view', () => {
  it('reads and writes its address, defaults left out, nonsense ignored', () => {
    const view = parseDirectoryView(
      new URLSearchParams('kind=person&q=Шамишев&sort=-consultations&party=party-kz'),
    );
    expect(view).toEqual({
      tab: 'person',
      q: 'Шамишев',
      sort: { field: 'consultations', desc: true },
      party: 'party-kz',
    });
    expect(parseDirectoryView(serializeDirectoryView(view))).toEqual(view);
    expect(parseDirectoryView(new URLSearchParams('kind=planet&sort=-height'))).toEqual({
      tab: 'all',
      q: '',
      sort: { field: 'name', desc: false },
      party: null,
    });
    expect(serializeDirectoryView(parseDirectoryView(new URLSearchParams())).toString()).toBe('');
  });

  it('sorts by name in the UI language, by count, and by last meeting with never-met entries last', () => {
    const rows = [
      row('a', 'Беларусь', 5, '2021-01-01'),
      row('b', 'Армения', 9, null),
      row('c', 'Вьетнам', 1, '2022-06-01'),
    ];
    expect(sortRows(rows, { field: 'name', desc: false }, 'ru').map((r) => r.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(sortRows(rows, { field: 'consultations', desc: true }, 'ru').map((r) => r.id)).toEqual([
      'b',
      'a',
      'c',
    ]);
    expect(sortRows(rows, { field: 'lastMet', desc: true }, 'ru').map((r) => r.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(sortRows(rows, { field: 'lastMet', desc: false }, 'ru').map((r) => r.id)).toEqual([
      'a',
      'c',
      'b',
    ]);
  });

  it('counts rows per tab', () => {
    const counts = countByTab([
      row('a', 'A', 0, null),
      row('b', 'B', 0, null, 'organisation'),
      row('c', 'C', 0, null, 'person'),
    ]);
    expect(counts).toEqual({ all: 3, country: 1, organisation: 1, body: 0, person: 1 });
  });

  it('finds the position held today', () => {
    const positions = [
      { bodyId: 'x', from: '2018-06-01', to: '2020-08-31' },
      { bodyId: 'y', from: '2020-09-01' },
      { bodyId: 'z', from: '2030-01-01' },
    ];
    expect(currentPosition(positions, '2021-01-01')?.bodyId).toBe('y');
    expect(currentPosition(positions, '2019-01-01')?.bodyId).toBe('x');
    expect(currentPosition([], '2021-01-01')).toBeUndefined();
  });
});

describe('links to the consultations list', () => {
  it('narrow a subject by other kinds, in the list’s own canonical order', () => {
    expect(consultationsOf({ kind: 'party', id: 'party-by' })).toBe(
      '/consultations?party=party-by',
    );
    expect(
      consultationsOf({ kind: 'person', id: 'p1' }, { party: 'party-by', status: 'held' }),
    ).toBe('/consultations?party=party-by&person=p1&status=held');
    expect(
      consultationsOf({ kind: 'body', id: 'b1' }, { from: '2020-10-01', to: '2020-12-31' }),
    ).toBe('/consultations?from=2020-10-01&to=2020-12-31&body=b1');
  });

  it('link two parties only through the home party, and then exactly', () => {
    expect(consultationsOfPair('party-by', 'party-ru', KZ_PARTY_ID)).toBeNull();
    expect(consultationsOfPair('party-by', KZ_PARTY_ID, KZ_PARTY_ID)).toBe(
      '/consultations?party=party-by',
    );
    // The home ministry is at every table, so "with Belarus" is "Kazakhstan with Belarus".
    const ctx = ruleContext();
    const home = profile(ctx, 'party', KZ_PARTY_ID) as PartyProfile;
    expect(home.counterparts.parties.length).toBeGreaterThan(10);
    for (const p of home.counterparts.parties)
      expect(p.count, p.id).toBe(listConsultations(ctx, { party: p.id, limit: '1' }).total);
  });
});
