import { describe, expect, it } from 'vitest';
import type { FuzzyDate, Place } from '@/api/schemas';
import { placeNameAt } from '@/lib/place-name';
import { suggestHost, type Hosting } from '@mocks/rules/planning-host';
import { planProposal } from '@mocks/rules/planning';
import {
  ASTANA_PLACE_ID,
  BY_PARTY_ID,
  KZ_PARTY_ID,
  MINSK_PLACE_ID,
  planIds,
} from '@mocks/data/ids';
import { ruleContext } from '../helpers/api';

const day = (start: string): FuzzyDate => ({ start, precision: 'day', approximate: false });
const capitals: Record<string, string> = {
  [KZ_PARTY_ID]: ASTANA_PLACE_ID,
  [BY_PARTY_ID]: MINSK_PLACE_ID,
  'party-ru': 'place-moscow',
};
const capitalOf = (id: string) => capitals[id] ?? null;
const held = (id: string, date: string, hostPartyId: string, placeId: string | null): Hosting => ({
  consultationId: id,
  title: id,
  date: day(date),
  hostPartyId,
  placeId,
});
const parties = [KZ_PARTY_ID, BY_PARTY_ID];

describe('the host of the next round, by alternating capitals', () => {
  it('goes to Astana after a round held in Minsk, and to Minsk after one in Astana', () => {
    const afterMinsk = suggestHost({
      partyIds: parties,
      lineHistory: [
        held('c1', '2020-03-01', KZ_PARTY_ID, ASTANA_PLACE_ID),
        held('c2', '2021-10-14', BY_PARTY_ID, MINSK_PLACE_ID),
      ],
      relationHistory: [],
      capitalOf,
    });
    expect(afterMinsk).toMatchObject({
      hostPartyId: KZ_PARTY_ID,
      placeId: ASTANA_PLACE_ID,
      reason: 'alternation',
      basedOn: { consultationId: 'c2' },
    });
    const afterAstana = suggestHost({
      partyIds: parties,
      lineHistory: [held('c3', '2022-05-01', KZ_PARTY_ID, ASTANA_PLACE_ID)],
      relationHistory: [],
      capitalOf,
    });
    expect(afterAstana).toMatchObject({ hostPartyId: BY_PARTY_ID, placeId: MINSK_PLACE_ID });
  });

  it('looks at the round’s own meetings first, then at any meeting between the parties', () => {
    const relation = [held('other', '2022-01-10', KZ_PARTY_ID, ASTANA_PLACE_ID)];
    expect(
      suggestHost({
        partyIds: parties,
        lineHistory: [held('own', '2021-10-14', BY_PARTY_ID, MINSK_PLACE_ID)],
        relationHistory: relation,
        capitalOf,
      }).hostPartyId,
    ).toBe(KZ_PARTY_ID);
    expect(
      suggestHost({ partyIds: parties, lineHistory: [], relationHistory: relation, capitalOf }),
    ).toMatchObject({ hostPartyId: BY_PARTY_ID, basedOn: { consultationId: 'other' } });
  });

  it('rotates through more than two parties in the plan’s order', () => {
    const three = [KZ_PARTY_ID, BY_PARTY_ID, 'party-ru'];
    expect(
      suggestHost({
        partyIds: three,
        lineHistory: [held('c', '2021-01-01', BY_PARTY_ID, MINSK_PLACE_ID)],
        relationHistory: [],
        capitalOf,
      }),
    ).toMatchObject({ hostPartyId: 'party-ru', placeId: 'place-moscow' });
    expect(
      suggestHost({
        partyIds: three,
        lineHistory: [held('c', '2021-01-01', 'party-ru', 'place-moscow')],
        relationHistory: [],
        capitalOf,
      }).hostPartyId,
    ).toBe(KZ_PARTY_ID);
  });

  it('takes an agreed place over alternation, keeps a host never used, and says when it has nothing', () => {
    const history = [held('c', '2021-10-14', KZ_PARTY_ID, ASTANA_PLACE_ID)];
    expect(
      suggestHost({
        partyIds: parties,
        lineHistory: history,
        relationHistory: [],
        agreed: { placeId: ASTANA_PLACE_ID, hostPartyId: KZ_PARTY_ID },
        capitalOf,
      }),
    ).toMatchObject({
      hostPartyId: KZ_PARTY_ID,
      placeId: ASTANA_PLACE_ID,
      reason: 'agreed',
    });
    expect(
      suggestHost({
        partyIds: parties,
        lineHistory: [],
        relationHistory: [],
        planned: { hostPartyId: BY_PARTY_ID, placeId: MINSK_PLACE_ID },
        capitalOf,
      }),
    ).toMatchObject({ reason: 'kept', hostPartyId: BY_PARTY_ID });
    expect(
      suggestHost({ partyIds: parties, lineHistory: [], relationHistory: [], capitalOf }),
    ).toEqual({ hostPartyId: null, placeId: null, reason: 'none', basedOn: null });
  });

  it('ignores meetings hosted by someone outside the plan', () => {
    expect(
      suggestHost({
        partyIds: parties,
        lineHistory: [held('cis', '2020-12-22', 'party-cis', MINSK_PLACE_ID)],
        relationHistory: [],
        capitalOf,
      }).reason,
    ).toBe('none');
  });
});

describe('the KZ–BY 2022 proposal on the demo data', () => {
  it('after the CIS/EAEU round in Minsk (October 2021) puts the next in Astana, named Nur-Sultan in 2022', () => {
    const proposal = planProposal(ruleContext('u-planner'), planIds.kzBy2020, {
      start: '2022-01-01',
      end: '2022-12-31',
    });
    const round = proposal.items.find((p) => p.key === 'recurring:pi-kz-by-2020-cis-eaeu');
    expect(round?.host).toMatchObject({
      reason: 'alternation',
      hostPartyId: KZ_PARTY_ID,
      basedOn: { consultationId: 'c-kz-by-2021-cis-eaeu', placeId: MINSK_PLACE_ID },
    });
    expect(round?.item.place).toMatchObject({
      placeId: ASTANA_PLACE_ID,
      city: 'Нур-Султан',
      countryCode: 'KZ',
    });
  });

  it('in a 2023 plan names the same capital Astana', () => {
    const proposal = planProposal(ruleContext('u-planner'), planIds.kzBy2020, {
      start: '2023-01-01',
      end: '2023-12-31',
    });
    expect(proposal.items.find((p) => p.source === 'recurring')?.item.place?.city).toBe('Астана');
  });
});

describe('a place by the name valid at a date', () => {
  const astana: Pick<Place, 'names'> = {
    names: [
      { name: { kk: 'Ақмола', ru: 'Акмола', en: 'Akmola' }, from: '1992-06-06', to: '1998-05-05' },
      { name: { kk: 'Астана', ru: 'Астана', en: 'Astana' }, from: '1998-05-06', to: '2019-03-22' },
      {
        name: { kk: 'Нұр-Сұлтан', ru: 'Нур-Султан', en: 'Nur-Sultan' },
        from: '2019-03-23',
        to: '2022-09-16',
      },
      { name: { kk: 'Астана', ru: 'Астана', en: 'Astana' }, from: '2022-09-17' },
    ],
  };

  it('follows the renamings to the day, in each language', () => {
    expect(placeNameAt(astana, '1995-01-01', 'en')).toBe('Akmola');
    expect(placeNameAt(astana, '2019-03-22', 'en')).toBe('Astana');
    expect(placeNameAt(astana, '2019-03-23', 'en')).toBe('Nur-Sultan');
    expect(placeNameAt(astana, '2021-01-01', 'kk')).toBe('Нұр-Сұлтан');
    expect(placeNameAt(astana, '2022-09-16', 'ru')).toBe('Нур-Султан');
    expect(placeNameAt(astana, '2022-09-17', 'ru')).toBe('Астана');
    expect(placeNameAt(astana, '2023-05-01T10:00:00Z', 'en')).toBe('Astana');
  });

  it('falls back to the latest name before the first one known, and across languages', () => {
    expect(placeNameAt(astana, '1950-01-01', 'en')).toBe('Astana');
    expect(placeNameAt({ names: [{ name: { ru: 'Минск' } }] }, '2021-01-01', 'en')).toBe('Минск');
  });
});
