import { describe, expect, it } from 'vitest';
import type { PlanItemWithFulfilment, PlanWithFulfilment } from '@/api/schemas';
import { plansFor, suggestPlanItem } from '@/features/consultation-form/plan-suggestion';

const plan = (id: string, partyIds: string[], status: PlanWithFulfilment['status'] = 'in_force') =>
  ({ id, partyIds, status, deletedAt: null, period: { start: '2020-01-01', end: '2021-12-31' } }) as PlanWithFulfilment;
const item = (
  id: string,
  planId: string,
  period: { start: string; precision: 'year' | 'quarter' },
  bodyIds: string[] = [],
  fulfilment: PlanItemWithFulfilment['fulfilment'] = 'planned',
) => ({ id, planId, period, bodyIds, fulfilment, deletedAt: null }) as unknown as PlanItemWithFulfilment;

const kzBy = plan('plan-kz-by', ['kz', 'by']);
const items: Record<string, PlanItemWithFulfilment[]> = {
  'plan-kz-by': [
    item('analysis', 'plan-kz-by', { start: '2020-01-01', precision: 'year' }, ['fpad', 'miad'], 'held'),
    item('cis', 'plan-kz-by', { start: '2020-01-01', precision: 'year' }, ['kz-cis', 'by-cis']),
    item('consular', 'plan-kz-by', { start: '2021-04-01', precision: 'quarter' }, ['kz-consular']),
  ],
};
const itemsOf = (id: string) => items[id];
const proposal = (over: Partial<Parameters<typeof suggestPlanItem>[0]> = {}) => ({
  mentionsPlan: true,
  partyIds: ['kz', 'by'],
  date: { start: '2020-10-01', precision: 'quarter' as const, approximate: true },
  delegations: [
    { partyId: 'kz', leadBodyId: 'fpad', headPersonId: null, memberIds: [] },
    { partyId: 'by', leadBodyId: 'miad', headPersonId: null, memberIds: [] },
  ],
  ...over,
});

describe('the plan item a pasted consultation fulfils', () => {
  it('prefers the item led by the same bodies, even one already held', () => {
    expect(suggestPlanItem(proposal(), [kzBy], itemsOf)?.id).toBe('analysis');
  });

  it('prefers an open item over a held one when the bodies say nothing', () => {
    const noBodies = proposal({ delegations: [] });
    expect(suggestPlanItem(noBodies, [kzBy], itemsOf)?.id).toBe('cis');
  });

  it('matches only items whose planned period overlaps the meeting', () => {
    const q2of2021 = proposal({ date: { start: '2021-05-12', precision: 'day', approximate: false }, delegations: [] });
    // Only "consular" (Q2 2021) overlaps; "analysis" and "cis" are planned for 2020.
    expect(suggestPlanItem(q2of2021, [kzBy], itemsOf)?.id).toBe('consular');
  });

  it('proposes nothing when two items fit equally well', () => {
    const tie = { 'plan-kz-by': [item('a', 'plan-kz-by', { start: '2020-01-01', precision: 'year' }), item('b', 'plan-kz-by', { start: '2020-01-01', precision: 'year' })] };
    expect(suggestPlanItem(proposal({ delegations: [] }), [kzBy], (id) => tie[id as 'plan-kz-by'])).toBeNull();
  });

  it('looks only when the text names a plan, at agreed plans of every party, in their period', () => {
    expect(suggestPlanItem(proposal({ mentionsPlan: false }), [kzBy], itemsOf)).toBeNull();
    expect(plansFor(proposal({ partyIds: ['kz', 'ru'] }), [kzBy])).toEqual([]);
    expect(plansFor(proposal(), [plan('draft', ['kz', 'by'], 'draft')])).toEqual([]);
    expect(plansFor(proposal({ date: { start: '2022-03-01', precision: 'month', approximate: false } }), [kzBy])).toEqual([]);
    expect(plansFor(proposal({ date: null }), [kzBy])).toEqual([]);
    expect(plansFor(proposal(), [kzBy, plan('kz-by-cn', ['kz', 'by', 'cn'], 'expired')]).map((p) => p.id)).toEqual(['plan-kz-by', 'kz-by-cn']);
  });
});
