import {
  PlanInput,
  PlanItemInput,
  PlanListQuery,
  PlanReviewRequest,
  type Consultation,
  type FieldError,
  type FollowUpRow,
  type Plan,
  type PlanItem,
  type PlanItemWithFulfilment,
  type PlanStatus,
  type PlanWithFulfilment,
} from '@/api/schemas';
import { z } from 'zod/mini';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';
import { allForms } from '@/lib/localized';
import { matchesSearch, normalizeForSearch } from '@/lib/search-text';
import type { Db } from '../store/db';
import { requireUser, can, type RuleContext } from './context';
import { fieldError, forbidden, parseOr, unprocessable } from './errors';
import { emptyFulfilment, itemFulfilment } from './fulfilment';
import { createWrites, findRecord, pageOfItems, restoreWrites, softDeleteWrites, updateWrites } from './records';

const today = (ctx: RuleContext) => ctx.now.toISOString().slice(0, 10);

/** What people see of a plan's state: approved plans are in force, then expired. */
export function planStatus(plan: Pick<Plan, 'approval' | 'period'>, onDay: string): PlanStatus {
  if (plan.approval !== 'approved') return plan.approval;
  if (plan.period.end < onDay) return 'expired';
  if (plan.period.start <= onDay) return 'in_force';
  return 'approved';
}

export function consultationsByItem(db: Db): Map<string, Consultation[]> {
  const map = new Map<string, Consultation[]>();
  for (const c of db.values('consultations')) {
    if (!c.planItemId || c.deletedAt) continue;
    const list = map.get(c.planItemId) ?? [];
    list.push(c);
    map.set(c.planItemId, list);
  }
  return map;
}

export function withFulfilment(item: PlanItem, linked: Map<string, Consultation[]>, onDay: string): PlanItemWithFulfilment {
  const consultations = linked.get(item.id) ?? [];
  return { ...item, fulfilment: itemFulfilment(item, consultations, onDay), consultationIds: consultations.map((c) => c.id) };
}

function planView(db: Db, plan: Plan, linked: Map<string, Consultation[]>, onDay: string): PlanWithFulfilment {
  const fulfilment = emptyFulfilment();
  let itemCount = 0;
  for (const item of db.values('planItems')) {
    if (item.planId !== plan.id || item.deletedAt) continue;
    itemCount += 1;
    fulfilment[withFulfilment(item, linked, onDay).fulfilment] += 1;
  }
  return { ...plan, status: planStatus(plan, onDay), fulfilment, itemCount };
}

export function listPlans(ctx: RuleContext, rawQuery: unknown) {
  requireUser(ctx);
  const query = parseOr(PlanListQuery, rawQuery, 'query');
  const linked = consultationsByItem(ctx.db);
  let plans = ctx.db.all('plans').filter((p) => !p.deletedAt).map((p) => planView(ctx.db, p, linked, today(ctx)));
  if (query.party?.length) plans = plans.filter((p) => query.party?.some((id) => p.partyIds.includes(id)));
  if (query.status) plans = plans.filter((p) => p.status === query.status);
  if (query.q && normalizeForSearch(query.q)) {
    const q = query.q;
    plans = plans.filter((p) => matchesSearch(normalizeForSearch(allForms(p.title)), q));
  }
  plans.sort((a, b) => b.period.start.localeCompare(a.period.start) || a.id.localeCompare(b.id));
  return pageOfItems(plans, query.offset, query.limit);
}

export function getPlan(ctx: RuleContext, id: string): PlanWithFulfilment {
  requireUser(ctx);
  const plan = findRecord(ctx, 'plans', id, { includeDeleted: true });
  return planView(ctx.db, plan, consultationsByItem(ctx.db), today(ctx));
}

export function listPlanItems(ctx: RuleContext, planId: string): PlanItemWithFulfilment[] {
  requireUser(ctx);
  findRecord(ctx, 'plans', planId, { includeDeleted: true });
  const linked = consultationsByItem(ctx.db);
  return ctx.db
    .all('planItems')
    .filter((i) => i.planId === planId && !i.deletedAt)
    .sort((a, b) => a.period.start.localeCompare(b.period.start) || a.id.localeCompare(b.id))
    .map((i) => withFulfilment(i, linked, today(ctx)));
}

export function getPlanItem(ctx: RuleContext, id: string): PlanItemWithFulfilment {
  requireUser(ctx);
  const item = findRecord(ctx, 'planItems', id, { includeDeleted: true });
  return withFulfilment(item, consultationsByItem(ctx.db), today(ctx));
}

function checkPlan(ctx: RuleContext, input: PlanInput, prefix: string): void {
  const errors: FieldError[] = [];
  input.partyIds.forEach((id, i) => {
    const party = ctx.db.get('parties', id);
    if (!party || party.deletedAt) errors.push(fieldError(`${prefix}partyIds.${i}`, 'unknown_id'));
  });
  if (new Set(input.partyIds).size !== input.partyIds.length) errors.push(fieldError(`${prefix}partyIds`, 'duplicate_party'));
  if (input.previousPlanId && !ctx.db.get('plans', input.previousPlanId)) errors.push(fieldError(`${prefix}previousPlanId`, 'unknown_id'));
  if (errors.length) throw unprocessable(errors);
}

/** Approved plans are changed only by a head. */
function requirePlanEditable(ctx: RuleContext, plan: Plan): void {
  const user = requireUser(ctx, 'write:plan');
  if (plan.approval !== 'draft' && !can(user.role, 'write:approved-plan')) {
    throw forbidden(`The plan is ${plan.approval}; only a head may change it.`);
  }
}

export function createPlan(ctx: RuleContext, body: unknown): Plan {
  requireUser(ctx, 'write:plan');
  const input = parseOr(PlanInput, body);
  checkPlan(ctx, input, '');
  const { record, writes } = createWrites(ctx, 'plans', 'plan', { ...input, approval: 'draft', reviews: [] });
  ctx.db.commit(writes);
  return record;
}

const PlanUpdateBody = z.object({ version: z.int().check(z.positive()), data: PlanInput });

export function updatePlan(ctx: RuleContext, id: string, body: unknown): Plan {
  requireUser(ctx, 'write:plan');
  const plan = findRecord(ctx, 'plans', id);
  requirePlanEditable(ctx, plan);
  const { version, data } = parseOr(PlanUpdateBody, body);
  checkPlan(ctx, data, 'data.');
  // Items must stay within the period.
  const outside = ctx.db.all('planItems').filter((i) => i.planId === id && !i.deletedAt && (i.period.start < data.period.start || fuzzyDateEnd(i.period) > data.period.end));
  if (outside.length) throw unprocessable([fieldError('data.period', 'items_outside_period')]);
  const { record, writes } = updateWrites(ctx, 'plans', plan, version, data);
  ctx.db.commit(writes);
  return record;
}

export function reviewPlan(ctx: RuleContext, id: string, action: 'submit' | 'approve' | 'return', body: unknown): Plan {
  const user = requireUser(ctx, action === 'submit' ? 'submit:plan' : 'approve:plan');
  const plan = findRecord(ctx, 'plans', id);
  const { version, comment } = parseOr(PlanReviewRequest, body);
  const allowed = { submit: 'draft', approve: 'submitted', return: 'submitted' } as const;
  if (plan.approval !== allowed[action]) {
    throw unprocessable([fieldError('approval', `cannot_${action}_${plan.approval}`)], `A ${plan.approval} plan cannot be ${action}ed.`);
  }
  if (action === 'return' && !comment) throw unprocessable([fieldError('comment', 'required')]);
  const approval = action === 'submit' ? 'submitted' : action === 'approve' ? 'approved' : 'draft';
  const reviews = [...plan.reviews, { at: ctx.now.toISOString(), by: user.id, action, comment }];
  const { record, writes } = updateWrites(ctx, 'plans', plan, version, { approval, reviews }, action, comment);
  ctx.db.commit(writes);
  return record;
}

function checkItem(ctx: RuleContext, input: PlanItemInput, prefix: string): Plan {
  const plan = ctx.db.get('plans', input.planId);
  if (!plan || plan.deletedAt) throw unprocessable([fieldError(`${prefix}planId`, 'unknown_id')]);
  const errors: FieldError[] = [];
  if (input.period.start < plan.period.start || fuzzyDateEnd(input.period) > plan.period.end) {
    errors.push(fieldError(`${prefix}period.start`, 'outside_plan_period'));
  }
  input.bodyIds.forEach((id, i) => {
    const body = ctx.db.get('bodies', id);
    if (!body || body.deletedAt) errors.push(fieldError(`${prefix}bodyIds.${i}`, 'unknown_id'));
  });
  if (input.hostPartyId && !plan.partyIds.includes(input.hostPartyId)) errors.push(fieldError(`${prefix}hostPartyId`, 'not_a_plan_party'));
  if (input.place?.placeId && !ctx.db.get('places', input.place.placeId)) errors.push(fieldError(`${prefix}place.placeId`, 'unknown_id'));
  if (input.fromFollowUp) {
    const source = ctx.db.get('consultations', input.fromFollowUp.consultationId);
    if (!source?.followUps.some((f) => f.id === input.fromFollowUp?.followUpId)) errors.push(fieldError(`${prefix}fromFollowUp`, 'unknown_id'));
  }
  if (errors.length) throw unprocessable(errors);
  return plan;
}

/**
 * A new plan item. Made from a follow-up, the follow-up is marked planned and points back at the
 * item in the same commit.
 */
export function createPlanItem(ctx: RuleContext, body: unknown): PlanItemWithFulfilment {
  requireUser(ctx, 'write:plan');
  const input = parseOr(PlanItemInput, body);
  const plan = checkItem(ctx, input, '');
  requirePlanEditable(ctx, plan);
  const { record, writes } = createWrites(ctx, 'planItems', 'item', input);
  if (input.fromFollowUp) {
    const source = findRecord(ctx, 'consultations', input.fromFollowUp.consultationId);
    const followUps = source.followUps.map((f) =>
      f.id === input.fromFollowUp?.followUpId ? { ...f, status: 'planned' as const, becamePlanItemId: record.id } : f,
    );
    writes.push(...updateWrites(ctx, 'consultations', source, source.version, { followUps }).writes);
  }
  ctx.db.commit(writes);
  return withFulfilment(record, consultationsByItem(ctx.db), today(ctx));
}

const ItemUpdateBody = z.object({ version: z.int().check(z.positive()), data: PlanItemInput });

export function updatePlanItem(ctx: RuleContext, id: string, body: unknown): PlanItemWithFulfilment {
  requireUser(ctx, 'write:plan');
  const item = findRecord(ctx, 'planItems', id);
  const { version, data } = parseOr(ItemUpdateBody, body);
  if (data.planId !== item.planId) throw unprocessable([fieldError('data.planId', 'cannot_move')]);
  const plan = checkItem(ctx, data, 'data.');
  requirePlanEditable(ctx, plan);
  const { record, writes } = updateWrites(ctx, 'planItems', item, version, data);
  ctx.db.commit(writes);
  return withFulfilment(record, consultationsByItem(ctx.db), today(ctx));
}

const VersionOnly = z.object({ version: z.int().check(z.positive()) });

export function deletePlanItem(ctx: RuleContext, id: string, body: unknown) {
  const item = findRecord(ctx, 'planItems', id);
  requirePlanEditable(ctx, findRecord(ctx, 'plans', item.planId));
  const { version } = parseOr(VersionOnly, body);
  const { record, writes } = softDeleteWrites(ctx, 'planItems', item, version);
  ctx.db.commit(writes);
  return record;
}

export function restorePlanItem(ctx: RuleContext, id: string, body: unknown) {
  const item = findRecord(ctx, 'planItems', id, { includeDeleted: true });
  requirePlanEditable(ctx, findRecord(ctx, 'plans', item.planId));
  const { version } = parseOr(VersionOnly, body);
  const { record, writes } = restoreWrites(ctx, 'planItems', item, version);
  ctx.db.commit(writes);
  return record;
}

const FollowUpQuery = z.object({
  status: z._default(z.enum(['open', 'planned', 'done', 'dropped', 'all']), 'open'),
  party: z.optional(z.string()),
});

/** Follow-ups agreed at consultations; by default those nothing answers yet. */
export function listFollowUps(ctx: RuleContext, rawQuery: unknown): FollowUpRow[] {
  requireUser(ctx);
  const query = parseOr(FollowUpQuery, rawQuery, 'query');
  const rows: FollowUpRow[] = [];
  for (const c of ctx.db.values('consultations')) {
    if (c.deletedAt || !c.followUps.length) continue;
    const partyIds = c.delegations.map((d) => d.partyId);
    if (query.party && !partyIds.includes(query.party)) continue;
    for (const f of c.followUps) {
      const unanswered = f.status === 'open' && !f.becameConsultationId && !f.becamePlanItemId;
      if (query.status === 'open' ? !unanswered : query.status !== 'all' && f.status !== query.status) continue;
      rows.push({
        consultationId: c.id,
        consultationTitle: c.title,
        consultationDate: c.date,
        partyIds,
        followUpId: f.id,
        text: f.text,
        due: f.due,
        condition: f.condition,
        place: f.place,
        status: f.status,
        becameConsultationId: f.becameConsultationId,
        becamePlanItemId: f.becamePlanItemId,
      });
    }
  }
  return rows.sort((a, b) => (a.due?.start ?? '9999').localeCompare(b.due?.start ?? '9999') || a.followUpId.localeCompare(b.followUpId));
}
