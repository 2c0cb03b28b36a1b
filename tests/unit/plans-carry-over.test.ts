import { describe, expect, it } from 'vitest';
import type { FollowUpRow, FuzzyDate, PlanItemWithFulfilment } from '@/api/schemas';
import type { HostSuggestion } from '@/api/schemas/planning';
import { nextPeriod, shiftIntoPeriod } from '@/lib/plan-period';
import { nextTitle } from '@/features/plans/draft/next-title';
import {
  carriedItemDraft,
  carryOverOffers,
  followUpItemDraft,
  isSamePeriodCarryOver,
} from '@mocks/rules/planning-carry-over';
import { createDraftPlan, planProposal } from '@mocks/rules/planning';
import { listFollowUps } from '@mocks/rules/plans';
import { ASTANA_PLACE_ID, BY_PARTY_ID, KZ_PARTY_ID, SEED_KZ_BY_ID, planIds } from '@mocks/data/ids';
import { refusal, ruleContext } from '../helpers/api';

const year = (y: number, end?: number): FuzzyDate => ({
  start: `${y}-01-01`,
  ...(end ? { end: `${end}-12-31` } : {}),
  precision: 'year',
  approximate: false,
});
const quarter = (start: string): FuzzyDate => ({ start, precision: 'quarter', approximate: false });
const p2022 = { start: '2022-01-01', end: '2022-12-31' };
const p2022_23 = { start: '2022-01-01', end: '2023-12-31' };

function item(
  id: string,
  fulfilment: PlanItemWithFulfilment['fulfilment'],
  extra: Partial<PlanItemWithFulfilment> = {},
): PlanItemWithFulfilment {
  return {
    id,
    version: 1,
    createdAt: '2020-01-01T00:00:00.000Z',
    createdBy: 'u-planner',
    updatedAt: '2020-01-01T00:00:00.000Z',
    updatedBy: 'u-planner',
    deletedAt: null,
    planId: 'plan-a',
    title: id,
    description: '',
    bodyIds: ['body-a'],
    period: quarter('2020-04-01'),
    place: null,
    hostPartyId: null,
    recurring: false,
    condition: '',
    carriedFromItemId: null,
    fromFollowUp: null,
    fulfilment,
    consultationIds: [],
    ...extra,
  };
}

describe('what is offered for the next plan', () => {
  it('repeats recurring rounds (ticked), offers what was not held (unticked), and drops held one-off items', () => {
    const offers = carryOverOffers([
      item('held-once', 'held'),
      item('round', 'held', { recurring: true }),
      item('postponed', 'postponed'),
      item('cancelled', 'cancelled'),
      item('overdue', 'overdue'),
      item('still-planned', 'planned'),
      item('deleted', 'overdue', { deletedAt: '2021-01-01T00:00:00.000Z' }),
    ]);
    expect(offers.map((o) => [o.item.id, o.source, o.selected])).toEqual([
      ['round', 'recurring', true],
      ['postponed', 'carry_over', false],
      ['cancelled', 'carry_over', false],
      ['overdue', 'carry_over', false],
      ['still-planned', 'carry_over', false],
    ]);
  });

  it('does not tick a round already carried into another plan', () => {
    const offers = carryOverOffers(
      [item('round', 'held', { recurring: true })],
      new Set(['round']),
    );
    expect(offers[0]?.selected).toBe(false);
  });
});

describe('moving a planned date into the next period', () => {
  it('keeps the season: Q2 2020 → Q2 2022, a 2021 round → 2022', () => {
    expect(shiftIntoPeriod(quarter('2020-04-01'), p2022)).toEqual(quarter('2022-04-01'));
    expect(shiftIntoPeriod(year(2021), p2022)).toEqual(year(2022));
    expect(
      shiftIntoPeriod({ start: '2021-03-11', precision: 'day', approximate: false }, p2022).start,
    ).toBe('2022-03-11');
  });

  it('keeps a two-year round two years long where it fits, and spans the period where it does not', () => {
    expect(shiftIntoPeriod(year(2020, 2021), p2022_23)).toEqual(year(2022, 2023));
    expect(shiftIntoPeriod(year(2020, 2021), p2022)).toEqual(year(2022));
  });

  it('leaves a date already inside the period alone, and moves 29 February to the 28th', () => {
    expect(shiftIntoPeriod(quarter('2022-07-01'), p2022)).toEqual(quarter('2022-07-01'));
    expect(
      shiftIntoPeriod({ start: '2020-02-29', precision: 'day', approximate: false }, p2022).start,
    ).toBe('2022-02-28');
  });

  it('proposes the next period as long as the last: 2020–2021 → 2022–2023', () => {
    expect(nextPeriod({ start: '2020-01-01', end: '2021-12-31' })).toEqual(p2022_23);
    expect(nextPeriod(p2022)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
  });

  it('treats an overlapping period as the same period', () => {
    expect(
      isSamePeriodCarryOver(
        { start: '2020-01-01', end: '2021-12-31' },
        { start: '2021-06-01', end: '2022-12-31' },
      ),
    ).toBe(true);
    expect(isSamePeriodCarryOver({ start: '2020-01-01', end: '2021-12-31' }, p2022)).toBe(false);
  });
});

describe('items for the next plan', () => {
  const host: HostSuggestion = {
    hostPartyId: KZ_PARTY_ID,
    placeId: ASTANA_PLACE_ID,
    reason: 'alternation',
    basedOn: null,
  };
  const placeOf = (placeId: string | null, date: string) =>
    placeId
      ? {
          placeId,
          city: date < '2022-09-17' ? 'Нур-Султан' : 'Астана',
          countryCode: 'KZ',
          venue: '',
        }
      : null;

  it('carries an item over with its bodies and condition, pointing back at it', () => {
    const draft = carriedItemDraft(
      item('consular', 'cancelled', { condition: 'if agreed' }),
      p2022,
      host,
      placeOf,
    );
    expect(draft).toMatchObject({
      period: quarter('2022-04-01'),
      bodyIds: ['body-a'],
      condition: 'if agreed',
      hostPartyId: KZ_PARTY_ID,
      place: { placeId: ASTANA_PLACE_ID, city: 'Нур-Султан' },
      carriedFromItemId: 'consular',
      fromFollowUp: null,
    });
  });

  it('makes an item of a follow-up: its text, its due date moved into the period, its condition', () => {
    const row: FollowUpRow = {
      consultationId: 'c-1',
      consultationTitle: 'Meeting',
      consultationDate: quarter('2020-10-01'),
      partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
      followUpId: 'f-1',
      text: 'Next consultations in Nur-Sultan',
      due: year(2021),
      condition: 'depending on the epidemiological situation',
      place: { placeId: ASTANA_PLACE_ID, city: 'Nur-Sultan', countryCode: 'KZ', venue: '' },
      status: 'open',
      becameConsultationId: null,
      becamePlanItemId: null,
    };
    expect(
      followUpItemDraft(row, { start: '2022-10-01', end: '2023-09-30' }, host, placeOf, [
        'body-kz',
      ]),
    ).toMatchObject({
      title: 'Next consultations in Nur-Sultan',
      // No calendar year fits a plan from October to September: the item spans the plan.
      period: { start: '2022-10-01', end: '2023-09-30', precision: 'year' },
      bodyIds: ['body-kz'],
      condition: 'depending on the epidemiological situation',
      place: { city: 'Астана' },
      fromFollowUp: { consultationId: 'c-1', followUpId: 'f-1' },
    });
  });

  it('titles the next plan with its years, in each language', () => {
    const title = {
      kk: 'СІМ арасындағы 2020–2021 жылдарға арналған Ынтымақтастық жоспары',
      ru: 'План сотрудничества на 2020–2021 годы',
      en: 'Cooperation Plan for 2020–2021',
    };
    expect(nextTitle(title, { start: '2020-01-01', end: '2021-12-31' }, p2022)).toEqual({
      kk: 'СІМ арасындағы 2022 жылға арналған Ынтымақтастық жоспары',
      ru: 'План сотрудничества на 2022 год',
      en: 'Cooperation Plan for 2022',
    });
    expect(
      nextTitle({ ru: 'План на 2022 год' }, p2022, { start: '2023-01-01', end: '2024-12-31' }),
    ).toEqual({ ru: 'План на 2023–2024 годы' });
  });
});

describe('the proposal and the draft on the API', () => {
  it('proposes the KZ–BY plan’s unfulfilled items, its recurring round and the seed’s follow-up for 2022', () => {
    const ctx = ruleContext('u-planner');
    const proposal = planProposal(ctx, planIds.kzBy2020, {
      start: '2022-01-01',
      end: '2022-12-31',
    });
    const byKey = new Map(proposal.items.map((p) => [p.key, p]));
    expect([...byKey.keys()]).toEqual(
      expect.arrayContaining([
        'recurring:pi-kz-by-2020-cis-eaeu',
        'carry:pi-kz-by-2020-deputy',
        'carry:pi-kz-by-2020-consular',
        'carry:pi-kz-by-2020-intl-orgs',
        `follow-up:${SEED_KZ_BY_ID}-f1`,
      ]),
    );
    expect(byKey.has('carry:pi-kz-by-2020-fp-analysis')).toBe(false);
    expect(byKey.get('carry:pi-kz-by-2020-deputy')).toMatchObject({
      fulfilment: 'postponed',
      item: { period: quarter('2022-04-01') },
    });
    expect(byKey.get(`follow-up:${SEED_KZ_BY_ID}-f1`)?.item).toMatchObject({
      period: year(2022),
      place: { placeId: ASTANA_PLACE_ID, city: 'Нур-Султан' },
      hostPartyId: KZ_PARTY_ID,
    });
  });

  it('refuses to propose or create a carry-over into the same period', () => {
    const ctx = ruleContext('u-planner');
    expect(
      refusal(() => planProposal(ctx, planIds.kzBy2020, { start: '2021-01-01', end: '2022-12-31' }))
        .errors?.[0],
    ).toMatchObject({
      field: 'start',
      code: 'carry_over_same_period',
    });
    const before = ctx.db.revision;
    const refused = refusal(() =>
      createDraftPlan(ctx, {
        title: { en: 'Again' },
        partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
        period: { start: '2021-01-01', end: '2021-12-31' },
        previousPlanId: planIds.kzBy2020,
        items: [
          { title: 'Carried', period: year(2021), carriedFromItemId: 'pi-kz-by-2020-intl-orgs' },
        ],
      }),
    );
    expect(refused.status).toBe(422);
    expect(refused.errors).toContainEqual(
      expect.objectContaining({ field: 'period.start', code: 'carry_over_same_period' }),
    );
    expect(ctx.db.revision).toBe(before);
  });

  it('refuses a plan ending before it starts and an item outside the period, saving nothing', () => {
    const ctx = ruleContext('u-planner');
    const plansBefore = ctx.db.count('plans');
    expect(
      refusal(() =>
        createDraftPlan(ctx, {
          title: { en: 'Backwards' },
          partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
          period: { start: '2023-01-01', end: '2022-01-01' },
        }),
      ).errors?.map((e) => e.field),
    ).toContain('period.end');
    const outside = refusal(() =>
      createDraftPlan(ctx, {
        title: { en: '2022' },
        partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
        period: p2022,
        previousPlanId: planIds.kzBy2020,
        items: [
          { title: 'Fine', period: year(2022) },
          {
            title: 'Too late',
            period: quarter('2023-01-01'),
            fromFollowUp: { consultationId: SEED_KZ_BY_ID, followUpId: `${SEED_KZ_BY_ID}-f1` },
          },
        ],
      }),
    );
    expect(outside.errors).toEqual([
      expect.objectContaining({ field: 'items.1.period.start', code: 'outside_plan_period' }),
    ]);
    expect(ctx.db.count('plans')).toBe(plansBefore);
    // The follow-up was not marked: nothing was half-saved.
    expect(listFollowUps(ctx, {}).some((f) => f.consultationId === SEED_KZ_BY_ID)).toBe(true);
  });

  it('creates the plan, its items and the follow-up’s answer in one commit', () => {
    const ctx = ruleContext('u-planner');
    const before = ctx.db.revision;
    const proposal = planProposal(ctx, planIds.kzBy2020, p2022);
    const chosen = proposal.items.filter(
      (p) =>
        p.selected ||
        p.key === 'carry:pi-kz-by-2020-consular' ||
        p.key === `follow-up:${SEED_KZ_BY_ID}-f1`,
    );
    const plan = createDraftPlan(ctx, {
      title: { en: 'Cooperation Plan for 2022' },
      partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
      period: p2022,
      previousPlanId: planIds.kzBy2020,
      items: chosen.map((p) => p.item),
    });
    expect(ctx.db.revision).toBe(before + 1);
    expect(plan).toMatchObject({ approval: 'draft', previousPlanId: planIds.kzBy2020, version: 1 });
    const items = ctx.db.all('planItems').filter((i) => i.planId === plan.id);
    expect(items.map((i) => i.carriedFromItemId ?? 'follow-up').sort()).toEqual([
      'follow-up',
      'pi-kz-by-2020-cis-eaeu',
      'pi-kz-by-2020-consular',
    ]);
    const fromFollowUp = items.find((i) => i.fromFollowUp);
    expect(ctx.db.get('consultations', SEED_KZ_BY_ID)?.followUps[0]).toMatchObject({
      status: 'planned',
      becamePlanItemId: fromFollowUp?.id,
    });
    // A follow-up answered once is not answered again.
    const again = refusal(() =>
      createDraftPlan(ctx, {
        title: { en: 'Another 2023' },
        partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
        period: { start: '2023-01-01', end: '2023-12-31' },
        items: [
          {
            title: 'Twice',
            period: year(2023),
            fromFollowUp: { consultationId: SEED_KZ_BY_ID, followUpId: `${SEED_KZ_BY_ID}-f1` },
          },
        ],
      }),
    );
    expect(again.errors?.[0]).toMatchObject({
      field: 'items.0.fromFollowUp',
      code: 'already_answered',
    });
  });

  it('is a planner’s or a head’s to draft', () => {
    const body = { title: { en: 'X' }, partyIds: [KZ_PARTY_ID, BY_PARTY_ID], period: p2022 };
    expect(refusal(() => createDraftPlan(ruleContext('u-analyst'), body)).status).toBe(403);
    expect(refusal(() => createDraftPlan(ruleContext('u-viewer'), body)).status).toBe(403);
    expect(createDraftPlan(ruleContext('u-head'), body).approval).toBe('draft');
  });
});
