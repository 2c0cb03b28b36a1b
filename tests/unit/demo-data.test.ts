import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import {
  Body,
  Consultation,
  HistoryEntry,
  Party,
  Person,
  Place,
  Plan,
  PlanItem,
  Topic,
  User,
  consultationFormats,
  consultationKinds,
  consultationLevels,
  consultationStatuses,
  datePrecisions,
} from '@/api/schemas';
import { createDemoData, demoSizes, generateDataSet } from '@mocks/data';
import {
  ASTANA_PLACE_ID,
  BY_MIAD_ID,
  BY_PARTY_ID,
  CIS_EC_ID,
  CIS_PARTY_ID,
  KZ_FPAD_ID,
  KZ_PARTY_ID,
  MINSK_PLACE_ID,
  PANDEMIC_TOPIC_ID,
  SEED_CIS_ID,
  SEED_KZ_BY_ID,
  SEED_PLAN_ITEM_ID,
  SHAMISHEV_ID,
  planIds,
} from '@mocks/data/ids';
import type { DataSet } from '@mocks/store/data-set';

const schemas: Record<keyof DataSet, z.ZodMiniType> = {
  users: User,
  parties: Party,
  bodies: Body,
  people: Person,
  places: Place,
  topics: Topic,
  plans: Plan,
  planItems: PlanItem,
  consultations: Consultation,
  history: HistoryEntry,
};

/** Records that fail their schema, or that parsing would change (a default left out). */
function schemaFailures(data: DataSet): string[] {
  const failures: string[] = [];
  for (const [key, schema] of Object.entries(schemas) as [keyof DataSet, z.ZodMiniType][]) {
    for (const record of data[key]) {
      const result = schema.safeParse(record);
      if (!result.success) failures.push(`${key}/${record.id}: ${result.error.message}`);
      else if (!isDeepStrictEqual(result.data, record))
        failures.push(`${key}/${record.id}: parse changes the record`);
    }
  }
  return failures;
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/** Every id a record refers to exists, and delegations are consistent. */
function referenceProblems(data: DataSet): string[] {
  const problems: string[] = [];
  const byId = <T extends { id: string }>(list: readonly T[]) =>
    new Map(list.map((r) => [r.id, r]));
  const parties = byId(data.parties);
  const bodies = byId(data.bodies);
  const people = byId(data.people);
  const places = byId(data.places);
  const topics = byId(data.topics);
  const plans = byId(data.plans);
  const items = byId(data.planItems);
  const consultations = byId(data.consultations);
  const expect = (ok: boolean, message: string) => {
    if (!ok) problems.push(message);
  };

  for (const p of data.parties)
    if (p.capitalPlaceId) expect(places.has(p.capitalPlaceId), `party ${p.id} capital`);
  for (const b of data.bodies) {
    expect(parties.has(b.partyId), `body ${b.id} party`);
    if (b.parentId) expect(bodies.get(b.parentId)?.partyId === b.partyId, `body ${b.id} parent`);
  }
  for (const person of data.people) {
    expect(parties.has(person.partyId), `person ${person.id} party`);
    for (const pos of person.positions)
      expect(
        bodies.get(pos.bodyId)?.partyId === person.partyId,
        `person ${person.id} position body`,
      );
  }
  for (const t of data.topics)
    if (t.parentId) expect(topics.has(t.parentId), `topic ${t.id} parent`);
  for (const u of data.users)
    if (u.bodyId) expect(bodies.get(u.bodyId)?.partyId === KZ_PARTY_ID, `user ${u.id} body`);
  for (const plan of data.plans) {
    for (const id of plan.partyIds) expect(parties.has(id), `plan ${plan.id} party ${id}`);
    if (plan.previousPlanId) expect(plans.has(plan.previousPlanId), `plan ${plan.id} previous`);
  }
  for (const item of data.planItems) {
    const plan = plans.get(item.planId);
    expect(Boolean(plan), `item ${item.id} plan`);
    for (const id of item.bodyIds)
      expect(
        plan?.partyIds.includes(bodies.get(id)?.partyId ?? '') ?? false,
        `item ${item.id} body ${id}`,
      );
    if (item.place?.placeId) expect(places.has(item.place.placeId), `item ${item.id} place`);
    if (item.hostPartyId) expect(parties.has(item.hostPartyId), `item ${item.id} host`);
    if (item.carriedFromItemId)
      expect(items.has(item.carriedFromItemId), `item ${item.id} carried from`);
    if (item.fromFollowUp) {
      const { consultationId, followUpId } = item.fromFollowUp;
      expect(
        consultations.get(consultationId)?.followUps.some((f) => f.id === followUpId) ?? false,
        `item ${item.id} follow-up`,
      );
    }
  }
  for (const c of data.consultations) {
    for (const d of c.delegations) {
      expect(parties.has(d.partyId), `${c.id} party ${d.partyId}`);
      if (d.leadBodyId)
        expect(
          bodies.get(d.leadBodyId)?.partyId === d.partyId,
          `${c.id} lead body ${d.leadBodyId} of ${d.partyId}`,
        );
      if (d.headPersonId) {
        const head = people.get(d.headPersonId);
        expect(head?.partyId === d.partyId, `${c.id} head ${d.headPersonId} party`);
        const holds = head?.positions.some(
          (p) =>
            p.bodyId === d.leadBodyId &&
            (!p.from || p.from <= c.date.start) &&
            (!p.to || c.date.start <= p.to),
        );
        expect(
          holds ?? false,
          `${c.id} head ${d.headPersonId} holds no position in ${d.leadBodyId} on ${c.date.start}`,
        );
      }
      for (const m of d.memberIds)
        expect(people.get(m)?.partyId === d.partyId, `${c.id} member ${m}`);
      expect(
        !d.headPersonId || !d.memberIds.includes(d.headPersonId),
        `${c.id} head is also a member`,
      );
    }
    for (const t of c.topicIds) expect(topics.has(t), `${c.id} topic ${t}`);
    if (c.place.placeId)
      expect(places.get(c.place.placeId)?.countryCode === c.place.countryCode, `${c.id} place`);
    if (c.hostPartyId) expect(parties.has(c.hostPartyId), `${c.id} host`);
    if (c.planItemId) {
      const item = items.get(c.planItemId);
      const plan = item && plans.get(item.planId);
      expect(Boolean(plan), `${c.id} plan item`);
      for (const d of c.delegations)
        expect(plan?.partyIds.includes(d.partyId) ?? false, `${c.id} party not in plan`);
    }
    for (const f of c.followUps) {
      if (f.becameConsultationId)
        expect(consultations.has(f.becameConsultationId), `${c.id} follow-up became`);
      if (f.becamePlanItemId) expect(items.has(f.becamePlanItemId), `${c.id} follow-up plan item`);
      if (f.place?.placeId) expect(places.has(f.place.placeId), `${c.id} follow-up place`);
    }
  }
  const users = new Set(data.users.map((u) => u.id));
  for (const [key, records] of Object.entries(data) as [
    keyof DataSet,
    { id: string; createdBy?: string }[],
  ][]) {
    if (key === 'users' || key === 'history') continue;
    for (const r of records)
      expect(users.has(r.createdBy ?? ''), `${key}/${r.id} created by ${r.createdBy}`);
  }
  for (const h of data.history) expect(users.has(h.userId), `history ${h.id} user`);
  const audited =
    data.parties.length +
    data.bodies.length +
    data.people.length +
    data.places.length +
    data.topics.length +
    data.plans.length +
    data.planItems.length +
    data.consultations.length;
  expect(data.history.length === audited, 'one history entry per record');
  return problems;
}

function allIdProblems(data: DataSet): string[] {
  const lists = Object.entries(data).map(
    ([key, records]) => [key, duplicates((records as { id: string }[]).map((r) => r.id))] as const,
  );
  const nested = duplicates(
    data.consultations.flatMap((c) => [
      ...c.outcomes.map((o) => o.id),
      ...c.followUps.map((f) => f.id),
    ]),
  );
  return [
    ...lists
      .filter(([, d]) => d.length > 0)
      .map(([key, d]) => `${key}: ${d.slice(0, 5).join(', ')}`),
    ...nested,
  ];
}

const demo = createDemoData();
const thousand = generateDataSet(1000);

describe.each([
  ['createDemoData()', demo],
  ['generateDataSet(1000)', thousand],
])('%s', (_name, data) => {
  it('parses with the contract schemas, unchanged', () => {
    expect(schemaFailures(data)).toEqual([]);
  });

  it('has unique ids', () => {
    expect(allIdProblems(data)).toEqual([]);
  });

  it('refers only to records that exist, with consistent delegations', () => {
    expect(referenceProblems(data)).toEqual([]);
  });

  it('has every status, kind, level, format and precision', () => {
    const seen = (pick: (c: Consultation) => string) => new Set(data.consultations.map(pick));
    expect([...seen((c) => c.status)].sort()).toEqual([...consultationStatuses].sort());
    expect([...seen((c) => c.kind)].sort()).toEqual([...consultationKinds].sort());
    expect([...seen((c) => c.level)].sort()).toEqual([...consultationLevels].sort());
    expect([...seen((c) => c.format)].sort()).toEqual([...consultationFormats].sort());
    expect([...seen((c) => c.date.precision)].sort()).toEqual([...datePrecisions].sort());
    expect([...seen((c) => c.language)].sort()).toEqual(['en', 'kk', 'ru']);
    expect(data.consultations.some((c) => c.date.approximate)).toBe(true);
    expect(data.consultations.some((c) => c.date.end)).toBe(true);
  });

  it('spreads over 2019–2022 and was all created by the snapshot day', () => {
    for (const c of data.consultations) {
      expect(c.date.start >= '2019-01-01' && c.date.start <= '2022-12-31', c.id).toBe(true);
      expect(c.createdAt <= '2022-09-30T23:59:59.999Z', c.id).toBe(true);
      expect(c.version).toBe(1);
    }
    const years = new Set(data.consultations.map((c) => c.date.start.slice(0, 4)));
    expect([...years].sort()).toEqual(['2019', '2020', '2021', '2022']);
  });

  it('has follow-ups open, planned and done, and planned meetings with a condition', () => {
    const statuses = new Set(data.consultations.flatMap((c) => c.followUps.map((f) => f.status)));
    expect(statuses).toContain('open');
    expect(statuses).toContain('planned');
    expect(data.consultations.some((c) => c.followUps.some((f) => f.becameConsultationId))).toBe(
      true,
    );
    expect(
      data.consultations.some(
        (c) => c.status === 'planned' && c.condition && c.date.start >= '2022-01-01',
      ),
    ).toBe(true);
    expect(
      data.consultations.every((c) => c.sources.every((s) => s.url.startsWith('https://'))),
    ).toBe(true);
  });
});

describe('the seed consultations', () => {
  const find = (id: string) => {
    const c = demo.consultations.find((x) => x.id === id);
    if (!c) throw new Error(`missing ${id}`);
    return c;
  };

  it('KZ–BY: late 2020, approximate, under the 2020–2021 plan, with the seed topics', () => {
    const c = find(SEED_KZ_BY_ID);
    expect(c).toMatchObject({
      kind: 'bilateral',
      level: 'department_head',
      status: 'held',
      format: 'video',
      language: 'kk',
      planItemId: SEED_PLAN_ITEM_ID,
    });
    expect(c.date).toEqual({ start: '2020-10-01', precision: 'quarter', approximate: true });
    expect(c.delegations).toEqual([
      { partyId: KZ_PARTY_ID, leadBodyId: KZ_FPAD_ID, headPersonId: null, memberIds: [] },
      { partyId: BY_PARTY_ID, leadBodyId: BY_MIAD_ID, headPersonId: null, memberIds: [] },
    ]);
    expect(c.topicIds).toEqual(
      expect.arrayContaining([
        PANDEMIC_TOPIC_ID,
        'topic-geopolitics',
        'topic-eaeu',
        'topic-cis-integration',
        'topic-fp-priorities',
        'topic-eurasian-macroregions',
        'topic-3d',
        'topic-analytical-institutes',
      ]),
    );
    expect(c.outcomes.map((o) => o.kind)).toEqual(['agreement', 'proposal']);
    expect(c.sources[0]).toMatchObject({ publisher: 'Jana-kezen.kz', language: 'kk' });
    expect(c.sources[0]?.url.startsWith('https://jana-kezen.kz/')).toBe(true);
    const item = demo.planItems.find((i) => i.id === SEED_PLAN_ITEM_ID);
    expect(item?.planId).toBe(planIds.kzBy2020);
    expect(item?.period).toMatchObject({ start: '2020-01-01', precision: 'year' });
  });

  it('KZ–BY: the conditional next round in Nur-Sultan (Astana) in 2021, not yet planned', () => {
    const [followUp] = find(SEED_KZ_BY_ID).followUps;
    expect(followUp).toMatchObject({
      due: { start: '2021-01-01', precision: 'year', approximate: false },
      condition: 'санитарлық-эпидемиологиялық жағдайдың дамуын ескере отырып',
      place: { placeId: ASTANA_PLACE_ID, city: 'Нұр-Сұлтан', countryCode: 'KZ' },
      status: 'open',
      becameConsultationId: null,
      becamePlanItemId: null,
    });
  });

  it('CIS: 22 December 2020 at the Executive Committee in Minsk, KZ led by Shamishev', () => {
    const c = find(SEED_CIS_ID);
    expect(c).toMatchObject({
      kind: 'multilateral',
      level: 'department_head',
      status: 'held',
      language: 'kk',
      hostPartyId: CIS_PARTY_ID,
    });
    expect(c.date).toEqual({ start: '2020-12-22', precision: 'day', approximate: false });
    expect(c.place).toMatchObject({ placeId: MINSK_PLACE_ID, city: 'Минск', countryCode: 'BY' });
    expect(c.title).toContain(
      'ТМД-ға қатысушы мемлекеттердің Сыртқы істер министрліктерінің сыртқы саяси жоспарлауы туралы',
    );
    expect(c.delegations).toEqual([
      { partyId: CIS_PARTY_ID, leadBodyId: CIS_EC_ID, headPersonId: null, memberIds: [] },
      { partyId: KZ_PARTY_ID, leadBodyId: KZ_FPAD_ID, headPersonId: SHAMISHEV_ID, memberIds: [] },
    ]);
    expect(c.topicIds).toEqual(['topic-fp-planning', 'topic-intl-situation-cis']);
    expect(c.outcomes.map((o) => o.kind)).toEqual(['proposal']);
  });

  it('Shamishev directs the ССТБД from 2019, and Astana keeps its names over time', () => {
    const shamishev = demo.people.find((p) => p.id === SHAMISHEV_ID);
    expect(shamishev?.name).toEqual({
      kk: 'Ерлан Шәмішев',
      ru: 'Ерлан Шамишев',
      en: 'Erlan Shamishev',
    });
    expect(shamishev?.positions).toEqual([
      {
        bodyId: KZ_FPAD_ID,
        title: { kk: 'директоры', ru: 'директор', en: 'Director' },
        from: '2019-01-01',
      },
    ]);
    const astana = demo.places.find((p) => p.id === ASTANA_PLACE_ID);
    expect(astana?.names.map((n) => [n.name.en, n.from, n.to])).toEqual(
      expect.arrayContaining([
        ['Akmola', '1992-06-06', '1998-05-05'],
        ['Astana', '1998-05-06', '2019-03-22'],
        ['Nur-Sultan', '2019-03-23', '2022-09-16'],
        ['Astana', '2022-09-17', undefined],
      ]),
    );
    expect(astana?.names.some((n) => n.name.en === 'Tselinograd')).toBe(true);
  });
});

describe('the directory and plans', () => {
  it('has the expected sizes and the demo users', () => {
    expect(demo.parties.length).toBeGreaterThanOrEqual(35);
    expect(demo.bodies.length).toBeGreaterThanOrEqual(60);
    expect(demo.people.length).toBeGreaterThanOrEqual(55);
    expect(demo.topics.length).toBeGreaterThanOrEqual(35);
    expect(demo.users.map((u) => [u.id, u.role])).toEqual([
      ['u-viewer', 'viewer'],
      ['u-analyst', 'analyst'],
      ['u-planner', 'planner'],
      ['u-head', 'head'],
    ]);
    expect(demo.people.some((p) => p.positions.some((pos) => pos.to))).toBe(true);
    for (const p of demo.parties.filter((x) => x.type === 'country'))
      expect(p.capitalPlaceId, p.code).toBeTruthy();
  });

  it('gives plan items varied fulfilment', () => {
    const today = '2022-09-30';
    const fulfilment = (itemId: string, periodEnd: string) => {
      const linked = demo.consultations.filter((c) => c.planItemId === itemId);
      if (linked.some((c) => c.status === 'held')) return 'held';
      if (linked.some((c) => c.status === 'planned')) return 'planned';
      if (linked.some((c) => c.status === 'postponed')) return 'postponed';
      if (linked.some((c) => c.status === 'cancelled')) return 'cancelled';
      return periodEnd < today ? 'overdue' : 'planned';
    };
    const found = new Set(
      demo.planItems.map((i) =>
        fulfilment(i.id, i.period.end ?? `${i.period.start.slice(0, 4)}-12-31`),
      ),
    );
    expect([...found].sort()).toEqual(['cancelled', 'held', 'overdue', 'planned', 'postponed']);
    expect(new Set(demo.plans.map((p) => p.approval))).toEqual(
      new Set(['draft', 'submitted', 'approved']),
    );
    expect(demo.planItems.some((i) => i.recurring)).toBe(true);
    const kzBy = demo.plans.find((p) => p.id === planIds.kzBy2020);
    expect(kzBy).toMatchObject({
      partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
      period: { start: '2020-01-01', end: '2021-12-31' },
      approval: 'approved',
    });
  });
});

describe('generateDataSet', () => {
  it.each([1, 2, 10, 25, 26, 152, 1000, 2345])('returns exactly %i consultations', (size) => {
    const data = generateDataSet(size);
    expect(data.consultations).toHaveLength(size);
    if (size < 1000) expect(referenceProblems(data)).toEqual([]);
  });

  it('is deterministic and fresh on every call', () => {
    const a = generateDataSet(1000);
    expect(a).toEqual(thousand);
    a.consultations[0]!.title = 'changed';
    expect(thousand.consultations[0]?.title).not.toBe('changed');
    expect(createDemoData()).toEqual(demo);
  });

  it('refuses sizes that are not positive integers', () => {
    expect(() => generateDataSet(0)).toThrow(RangeError);
    expect(() => generateDataSet(1.5)).toThrow(RangeError);
  });

  it('makes the largest demo size in full', () => {
    const largest = Math.max(...demoSizes);
    const data = generateDataSet(largest);
    expect(data.consultations).toHaveLength(largest);
    expect(new Set(data.consultations.map((c) => c.id)).size).toBe(largest);
  });
});
