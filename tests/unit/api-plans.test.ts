import { describe, expect, it } from 'vitest';
import { itemFulfilment } from '@mocks/rules/fulfilment';
import { createPlan, createPlanItem, getPlan, listFollowUps, listPlanItems, planStatus, reviewPlan } from '@mocks/rules/plans';
import { getConsultation } from '@mocks/rules/consultations';
import { BY_PARTY_ID, KZ_PARTY_ID, SEED_KZ_BY_ID, SEED_PLAN_ITEM_ID, planIds } from '@mocks/data/ids';
import { asUser, refusal, ruleContext } from '../helpers/api';

const item2021 = { period: { start: '2021-01-01', precision: 'year' as const, approximate: false } };
const held = { status: 'held' as const, date: { start: '2021-05-10', precision: 'day' as const, approximate: false }, deletedAt: null };

describe('plan item fulfilment', () => {
  it('is held when a linked consultation was held', () => {
    expect(itemFulfilment(item2021, [held], '2026-11-28')).toBe('held');
  });
  it('is planned while its period lasts, overdue after', () => {
    expect(itemFulfilment(item2021, [], '2021-06-01')).toBe('planned');
    expect(itemFulfilment(item2021, [], '2022-01-01')).toBe('overdue');
  });
  it('follows postponed and cancelled meetings', () => {
    expect(itemFulfilment(item2021, [{ ...held, status: 'postponed' }], '2021-06-01')).toBe('postponed');
    expect(itemFulfilment(item2021, [{ ...held, status: 'cancelled' }], '2021-06-01')).toBe('cancelled');
  });
  it('is overdue when the planned meeting date has passed without it being held', () => {
    expect(itemFulfilment(item2021, [{ ...held, status: 'planned' }], '2021-06-01')).toBe('overdue');
    expect(itemFulfilment(item2021, [{ ...held, status: 'planned' }], '2021-05-01')).toBe('planned');
  });
  it('ignores deleted consultations', () => {
    expect(itemFulfilment(item2021, [{ ...held, deletedAt: '2021-05-11T00:00:00Z' }], '2021-06-01')).toBe('planned');
  });
});

describe('plans', () => {
  it('derive in force and expired from the period', () => {
    const plan = { approval: 'approved' as const, period: { start: '2020-01-01', end: '2021-12-31' } };
    expect(planStatus(plan, '2020-06-01')).toBe('in_force');
    expect(planStatus(plan, '2022-01-01')).toBe('expired');
    expect(planStatus({ ...plan, approval: 'draft' }, '2020-06-01')).toBe('draft');
  });

  it('show the seed KZ–BY plan with the seed consultation holding its item', () => {
    const ctx = ruleContext();
    const plan = getPlan(ctx, planIds.kzBy2020);
    expect(plan.status).toBe('expired');
    expect(plan.partyIds).toEqual(expect.arrayContaining([KZ_PARTY_ID, BY_PARTY_ID]));
    const item = listPlanItems(ctx, planIds.kzBy2020).find((i) => i.id === SEED_PLAN_ITEM_ID);
    expect(item?.fulfilment).toBe('held');
    expect(item?.consultationIds).toContain(SEED_KZ_BY_ID);
  });

  it('go from draft to submitted to approved, by the right roles only', () => {
    const ctx = ruleContext('u-planner');
    const plan = createPlan(ctx, { title: { en: 'KZ–BY 2022–2023' }, partyIds: [KZ_PARTY_ID, BY_PARTY_ID], period: { start: '2022-01-01', end: '2023-12-31' } });
    expect(refusal(() => reviewPlan(ctx, plan.id, 'approve', { version: plan.version })).status).toBe(403);
    const submitted = reviewPlan(ctx, plan.id, 'submit', { version: plan.version });
    expect(submitted.approval).toBe('submitted');
    const head = asUser(ctx, 'u-head');
    expect(refusal(() => reviewPlan(head, plan.id, 'return', { version: submitted.version })).errors?.[0]?.field).toBe('comment');
    const approved = reviewPlan(head, plan.id, 'approve', { version: submitted.version });
    expect(approved.approval).toBe('approved');
    expect(approved.reviews.map((r) => r.action)).toEqual(['submit', 'approve']);
    // An approved plan's items are read-only except for a head.
    const item = { planId: plan.id, title: 'Round', period: { start: '2022-03-01', precision: 'month' } };
    expect(refusal(() => createPlanItem(ctx, item)).status).toBe(403);
    expect(createPlanItem(head, item).fulfilment).toBe('overdue');
  });

  it('refuse a plan that ends before it starts, and an item outside the period', () => {
    const ctx = ruleContext('u-planner');
    const bad = refusal(() => createPlan(ctx, { title: { en: 'Bad' }, partyIds: [KZ_PARTY_ID, BY_PARTY_ID], period: { start: '2023-01-01', end: '2022-01-01' } }));
    expect(bad.errors?.map((e) => e.field)).toContain('period.end');
    const plan = createPlan(ctx, { title: { en: 'Good' }, partyIds: [KZ_PARTY_ID, BY_PARTY_ID], period: { start: '2022-01-01', end: '2022-12-31' } });
    const outside = refusal(() => createPlanItem(ctx, { planId: plan.id, title: 'Late', period: { start: '2023-02-01', precision: 'day' } }));
    expect(outside.errors?.[0]).toMatchObject({ field: 'period.start', code: 'outside_plan_period' });
  });

  it('turn the seed follow-up into a plan item and mark the follow-up answered', () => {
    const ctx = ruleContext('u-planner');
    const open = listFollowUps(ctx, {});
    const seedFollowUp = open.find((f) => f.consultationId === SEED_KZ_BY_ID);
    expect(seedFollowUp?.condition).toMatch(/санитарлық-эпидемиологиялық/);
    const plan = createPlan(ctx, { title: { en: 'KZ–BY 2021' }, partyIds: [KZ_PARTY_ID, BY_PARTY_ID], period: { start: '2021-01-01', end: '2021-12-31' } });
    const item = createPlanItem(ctx, {
      planId: plan.id,
      title: seedFollowUp?.text,
      period: { start: '2021-01-01', precision: 'year' },
      fromFollowUp: { consultationId: SEED_KZ_BY_ID, followUpId: seedFollowUp?.followUpId },
    });
    const followUp = getConsultation(ctx, SEED_KZ_BY_ID).followUps.find((f) => f.id === seedFollowUp?.followUpId);
    expect(followUp).toMatchObject({ status: 'planned', becamePlanItemId: item.id });
    expect(listFollowUps(ctx, {}).some((f) => f.followUpId === seedFollowUp?.followUpId)).toBe(false);
  });
});
