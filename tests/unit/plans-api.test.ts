import { describe, expect, it } from 'vitest';
import {
  followUpToConsultation,
  linkConsultation,
  planHistory,
  unlinkConsultation,
} from '@mocks/rules/planning';
import { listPlanItems, reviewPlan } from '@mocks/rules/plans';
import {
  ASTANA_PLACE_ID,
  BY_PARTY_ID,
  KZ_PARTY_ID,
  SEED_CIS_ID,
  SEED_KZ_BY_ID,
  planIds,
} from '@mocks/data/ids';
import { api, asUser, refusal, ruleContext } from '../helpers/api';

const overdueItem = 'pi-kz-by-2020-intl-orgs';
const kzByHeld = 'c-kz-by-2021-legal';

describe('linking consultations to plan items', () => {
  it('lets a planner link a held consultation, which holds the item, with the change in history', () => {
    const ctx = ruleContext('u-planner');
    const c = ctx.db.get('consultations', kzByHeld);
    const linked = linkConsultation(ctx, overdueItem, {
      consultationId: kzByHeld,
      version: c?.version,
    });
    expect(linked).toMatchObject({ planItemId: overdueItem, version: (c?.version ?? 0) + 1 });
    expect(listPlanItems(ctx, planIds.kzBy2020).find((i) => i.id === overdueItem)?.fulfilment).toBe(
      'held',
    );
    const history = planHistory(ctx, planIds.kzBy2020);
    expect(history.entries[0]).toMatchObject({
      entity: 'consultation',
      entityId: kzByHeld,
      userId: 'u-planner',
      changes: [{ field: 'planItemId', from: 'pi-kz-by-2020-legal', to: overdueItem }],
    });
    expect(history.consultationTitles[kzByHeld]).toBe(
      'Kazakhstan – Belarus consultations on treaty and legal matters',
    );

    const unlinked = unlinkConsultation(ctx, overdueItem, {
      consultationId: kzByHeld,
      version: linked.version,
    });
    expect(unlinked.planItemId).toBeNull();
    expect(listPlanItems(ctx, planIds.kzBy2020).find((i) => i.id === overdueItem)?.fulfilment).toBe(
      'overdue',
    );
  });

  it('refuses a viewer, a stale version, a meeting of other parties and unlinking what is not linked', () => {
    const ctx = ruleContext('u-planner');
    const version = ctx.db.get('consultations', kzByHeld)?.version ?? 0;
    expect(
      refusal(() =>
        linkConsultation(asUser(ctx, 'u-viewer'), overdueItem, {
          consultationId: kzByHeld,
          version,
        }),
      ).status,
    ).toBe(403);
    expect(
      refusal(() =>
        linkConsultation(ctx, overdueItem, { consultationId: kzByHeld, version: version + 5 }),
      ).status,
    ).toBe(409);
    const cis = ctx.db.get('consultations', SEED_CIS_ID);
    expect(
      refusal(() =>
        linkConsultation(ctx, overdueItem, { consultationId: SEED_CIS_ID, version: cis?.version }),
      ).errors?.[0],
    ).toMatchObject({
      field: 'consultationId',
      code: 'not_plan_parties',
    });
    expect(
      refusal(() => unlinkConsultation(ctx, overdueItem, { consultationId: kzByHeld, version }))
        .errors?.[0]?.code,
    ).toBe('not_linked');
    expect(
      refusal(() => linkConsultation(ctx, 'no-such-item', { consultationId: kzByHeld, version }))
        .status,
    ).toBe(404);
  });
});

describe('a follow-up as a planned consultation', () => {
  const body = {
    consultationId: SEED_KZ_BY_ID,
    followUpId: `${SEED_KZ_BY_ID}-f1`,
    title: 'Next MFA consultations on foreign-policy analysis',
    date: { start: '2021-01-01', precision: 'year' },
    place: { placeId: ASTANA_PLACE_ID, city: 'Nur-Sultan', countryCode: 'KZ', venue: '' },
    hostPartyId: KZ_PARTY_ID,
    condition: 'depending on the sanitary-epidemiological situation',
  };

  it('creates the consultation and marks the follow-up in one commit', () => {
    const ctx = ruleContext('u-planner');
    const before = ctx.db.revision;
    const planned = followUpToConsultation(ctx, body);
    expect(ctx.db.revision).toBe(before + 1);
    expect(planned).toMatchObject({
      status: 'planned',
      kind: 'bilateral',
      format: 'in_person',
      hostPartyId: KZ_PARTY_ID,
      language: 'kk',
      condition: body.condition,
    });
    expect(planned.delegations.map((d) => [d.partyId, d.headPersonId])).toEqual([
      [KZ_PARTY_ID, null],
      [BY_PARTY_ID, null],
    ]);
    expect(ctx.db.get('consultations', SEED_KZ_BY_ID)?.followUps[0]).toMatchObject({
      status: 'planned',
      becameConsultationId: planned.id,
    });
    expect(refusal(() => followUpToConsultation(ctx, body)).errors?.[0]).toMatchObject({
      field: 'followUpId',
      code: 'already_answered',
    });
  });

  it('refuses a viewer, a host who is not a party and a bad date, writing nothing', () => {
    const ctx = ruleContext('u-planner');
    const before = ctx.db.revision;
    expect(refusal(() => followUpToConsultation(asUser(ctx, 'u-viewer'), body)).status).toBe(403);
    expect(
      refusal(() => followUpToConsultation(ctx, { ...body, hostPartyId: 'party-ru' })).errors?.[0]
        ?.code,
    ).toBe('not_a_party');
    expect(
      refusal(() =>
        followUpToConsultation(ctx, { ...body, date: { start: '2021-02-30', precision: 'day' } }),
      ).errors?.[0]?.field,
    ).toBe('date.start');
    expect(ctx.db.revision).toBe(before);
  });
});

describe('approval in the plan’s history', () => {
  it('records each step with who and the comment', () => {
    const ctx = ruleContext('u-head');
    const plan = ctx.db.get('plans', planIds.kzUz2023);
    const returned = reviewPlan(ctx, planIds.kzUz2023, 'return', {
      version: plan?.version,
      comment: 'Add the water round.',
    });
    const submitted = reviewPlan(asUser(ctx, 'u-planner'), planIds.kzUz2023, 'submit', {
      version: returned.version,
    });
    reviewPlan(ctx, planIds.kzUz2023, 'approve', { version: submitted.version });
    const steps = planHistory(ctx, planIds.kzUz2023).entries.filter((e) => e.entity === 'plan');
    expect(steps.slice(0, 3).map((e) => [e.action, e.userId, e.comment])).toEqual([
      ['approve', 'u-head', ''],
      ['submit', 'u-planner', ''],
      ['return', 'u-head', 'Add the water round.'],
    ]);
  });
});

describe('planning over HTTP', () => {
  it('serves the proposal, the draft, the clash check and the history', async () => {
    const proposal = await api(
      'GET',
      `/plans/${planIds.kzBy2020}/proposal?start=2022-01-01&end=2022-12-31`,
      { as: 'u-viewer' },
    );
    expect(proposal.status).toBe(200);
    const bad = await api(
      'GET',
      `/plans/${planIds.kzBy2020}/proposal?start=2022-12-31&end=2022-01-01`,
      { as: 'u-viewer' },
    );
    expect(bad).toMatchObject({ status: 400, contentType: 'application/problem+json' });
    const draft = await api('POST', '/plans/draft', {
      as: 'u-planner',
      body: {
        title: { en: 'KZ–BY 2022' },
        partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
        period: { start: '2022-01-01', end: '2022-12-31' },
        previousPlanId: planIds.kzBy2020,
      },
    });
    expect(draft.status).toBe(201);
    const refused = await api('POST', '/plans/draft', { as: 'u-viewer', body: {} });
    expect(refused.status).toBe(403);
    const clashes = await api('POST', '/plans/clashes', {
      as: 'u-viewer',
      body: {
        partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
        items: [
          { key: 'a', period: { start: '2022-07-03', precision: 'day' }, hostPartyId: BY_PARTY_ID },
        ],
      },
    });
    expect(clashes.status).toBe(200);
    expect(clashes.body).toEqual([expect.objectContaining({ kind: 'public_holiday' })]);
    const history = await api('GET', `/plans/${planIds.kzBy2020}/history`, { as: 'u-viewer' });
    expect(history.status).toBe(200);
    expect(
      (await api('GET', `/plans/${planIds.kzBy2020}/clashes`, { as: 'u-viewer' })).status,
    ).toBe(200);
  });
});
