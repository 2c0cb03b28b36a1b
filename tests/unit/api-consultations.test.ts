import { describe, expect, it } from 'vitest';
import type { ConsultationSummary } from '@/api/schemas';
import {
  consultationFacets,
  createConsultation,
  deleteConsultation,
  findDuplicates,
  getConsultation,
  listConsultations,
  restoreConsultation,
  updateConsultation,
} from '@mocks/rules/consultations';
import { listHistory } from '@mocks/rules/session';
import {
  BY_MIAD_ID,
  BY_PARTY_ID,
  CIS_PARTY_ID,
  KZ_FPAD_ID,
  KZ_PARTY_ID,
  PANDEMIC_TOPIC_ID,
  SEED_CIS_ID,
  SEED_KZ_BY_ID,
  SHAMISHEV_ID,
  planIds,
} from '@mocks/data/ids';
import { asUser, refusal, ruleContext } from '../helpers/api';
import { validConsultation } from '../helpers/consultation-input';

const ids = (page: { items: ConsultationSummary[] }) => page.items.map((c) => c.id);

describe('listing consultations', () => {
  it('filters by party, period, status and free text together', () => {
    const ctx = ruleContext();
    const page = listConsultations(ctx, { party: BY_PARTY_ID, from: '2020-01-01', to: '2020-12-31', limit: '500' });
    expect(ids(page)).toContain(SEED_KZ_BY_ID);
    expect(page.items.every((c) => c.partyIds.includes(BY_PARTY_ID))).toBe(true);
    expect(ids(listConsultations(ctx, { party: BY_PARTY_ID, from: '2021-01-01', to: '2021-12-31', limit: '500' }))).not.toContain(
      SEED_KZ_BY_ID,
    );
    const held = listConsultations(ctx, { status: 'held', limit: '500' });
    expect(held.items.every((c) => c.status === 'held')).toBe(true);
    expect(held.total).toBeLessThan(listConsultations(ctx, {}).total);
  });

  it('finds a consultation by a person, a body and a topic, and a body includes its sub-bodies', () => {
    const ctx = ruleContext();
    expect(ids(listConsultations(ctx, { person: SHAMISHEV_ID, limit: '500' }))).toContain(SEED_CIS_ID);
    expect(ids(listConsultations(ctx, { body: BY_MIAD_ID, limit: '500' }))).toContain(SEED_KZ_BY_ID);
    expect(ids(listConsultations(ctx, { topic: PANDEMIC_TOPIC_ID, limit: '500' }))).toContain(SEED_KZ_BY_ID);
    expect(ids(listConsultations(ctx, { plan: planIds.kzBy2020, limit: '500' }))).toContain(SEED_KZ_BY_ID);
    const fpad = listConsultations(ctx, { body: KZ_FPAD_ID, limit: '500' });
    expect(ids(fpad)).toEqual(expect.arrayContaining([SEED_KZ_BY_ID, SEED_CIS_ID]));
  });

  it('searches in any language and spelling, and a city under any of its names', () => {
    const ctx = ruleContext();
    for (const q of ['Shamishev', 'Шамишев', 'ШӘМІШЕВ', 'Беларусь', 'Belarus']) {
      expect(listConsultations(ctx, { q, limit: '500' }).total, q).toBeGreaterThan(0);
    }
    expect(ids(listConsultations(ctx, { q: 'Шамишев', limit: '500' }))).toContain(SEED_CIS_ID);
    // The KZ–BY follow-up is to meet in Nur-Sultan; Astana is the same city today.
    expect(ids(listConsultations(ctx, { q: 'Astana', party: BY_PARTY_ID, limit: '500' }))).toContain(SEED_KZ_BY_ID);
    expect(listConsultations(ctx, { q: 'zzzz-nothing-like-this' }).total).toBe(0);
  });

  it('sorts by date both ways and pages stably', () => {
    const ctx = ruleContext();
    const asc = listConsultations(ctx, { sort: 'date', limit: '500' }).items;
    const starts = asc.map((c) => c.date.start);
    expect(starts).toEqual([...starts].sort());
    const desc = listConsultations(ctx, { sort: '-date', limit: '500' }).items;
    expect((desc[0]?.date.start ?? '') >= (desc.at(-1)?.date.start ?? '')).toBe(true);
    const first = listConsultations(ctx, { sort: 'title', offset: '0', limit: '10' });
    const second = listConsultations(ctx, { sort: 'title', offset: '10', limit: '10' });
    expect(first.items).toHaveLength(10);
    expect(ids(first).filter((id) => ids(second).includes(id))).toEqual([]);
    expect(first.total).toBe(second.total);
  });

  it('orders titles as people read them, and status and level by their rank', () => {
    const ctx = ruleContext();
    const titles = listConsultations(ctx, { sort: 'title', limit: '500' }).items.map((c) => c.title);
    const reader = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });
    expect(titles).toEqual([...titles].sort(reader.compare));
    const rank = (list: readonly string[]) => (value: string) => list.indexOf(value);
    const statuses = listConsultations(ctx, { sort: '-status', limit: '500' }).items.map((c) => c.status);
    const statusRank = statuses.map(rank(['planned', 'held', 'postponed', 'cancelled']));
    expect(statusRank).toEqual([...statusRank].sort((a, b) => b - a));
    expect(new Set(statuses).size).toBeGreaterThan(1);
    const levels = listConsultations(ctx, { sort: 'level', limit: '500' }).items.map((c) => c.level);
    const levelRank = levels.map(rank(['ministerial', 'deputy_minister', 'department_head', 'expert']));
    expect(levelRank).toEqual([...levelRank].sort((a, b) => a - b));
    // Same start: the longer meeting or period comes later; same dates: by id, both ways mirrored.
    const asc = listConsultations(ctx, { sort: 'date', limit: '500' }).items;
    const desc = listConsultations(ctx, { sort: '-date', limit: '500' }).items;
    expect(ids({ items: desc })).toEqual(ids({ items: asc }).reverse());
  });

  it('refuses a bad query with 400 naming the parameter', () => {
    const ctx = ruleContext();
    const problem = refusal(() => listConsultations(ctx, { status: 'finished', sort: 'colour' }));
    expect(problem.status).toBe(400);
    expect(problem.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['status', 'sort']));
  });

  it('counts facets over the filtered set', () => {
    const ctx = ruleContext();
    const facets = consultationFacets(ctx, { party: BY_PARTY_ID });
    expect(facets.total).toBe(listConsultations(ctx, { party: BY_PARTY_ID }).total);
    expect(facets.party.find((f) => f.value === BY_PARTY_ID)?.count).toBe(facets.total);
    expect(facets.status.reduce((s, f) => s + f.count, 0)).toBe(facets.total);
  });
});

describe('writing consultations', () => {
  it('lists what was just written, though the same list was asked for a moment before', () => {
    const ctx = ruleContext('u-analyst');
    // The latest change first: the new record heads the list.
    const query = { sort: '-updatedAt', limit: '500' };
    const before = listConsultations(ctx, query);
    const created = createConsultation(ctx, validConsultation());
    const after = listConsultations(ctx, query);
    expect(after.total).toBe(before.total + 1);
    expect(ids(after)[0]).toBe(created.id);
    deleteConsultation(ctx, created.id, { version: created.version });
    expect(ids(listConsultations(ctx, query))).toEqual(ids(before));
  });

  it('creates a record with version 1, audit fields and a history entry', () => {
    const ctx = ruleContext('u-analyst');
    const created = createConsultation(ctx, validConsultation());
    expect(created.version).toBe(1);
    expect(created.createdBy).toBe('u-analyst');
    expect(getConsultation(ctx, created.id).title).toBe('Consultations on foreign-policy analysis');
    const history = listHistory(ctx, { entity: 'consultation', entityId: created.id });
    expect(history.items.map((h) => h.action)).toEqual(['create']);
  });

  it('refuses bad input with 422 naming each field, and stores nothing', () => {
    const ctx = ruleContext();
    const before = ctx.db.count('consultations');
    const problem = refusal(() =>
      createConsultation(
        ctx,
        validConsultation({
          title: '',
          date: { start: '2021-06-15', end: '2021-06-01', precision: 'day' },
          sources: [{ url: 'javascript:alert(1)' }],
          summary: 'x'.repeat(100_001),
        }),
      ),
    );
    expect(problem.status).toBe(422);
    expect(problem.errors?.map((e) => `${e.field}:${e.code}`)).toEqual(
      expect.arrayContaining(['title:required', 'date.end:end_before_start', 'sources.0.url:invalid_url', 'summary:too_long']),
    );
    expect(ctx.db.count('consultations')).toBe(before);
  });

  it('refuses unknown ids, a lead body of another party, and an implausible date', () => {
    const ctx = ruleContext();
    const problem = refusal(() =>
      createConsultation(
        ctx,
        validConsultation({
          date: { start: '1890-01-01', precision: 'year' },
          delegations: [{ partyId: KZ_PARTY_ID, leadBodyId: BY_MIAD_ID }, { partyId: 'party-nowhere' }],
          topicIds: ['topic-nothing'],
        }),
      ),
    );
    expect(problem.errors?.map((e) => `${e.field}:${e.code}`)).toEqual(
      expect.arrayContaining([
        'date.start:implausible_date',
        'delegations.0.leadBodyId:body_of_other_party',
        'delegations.1.partyId:unknown_id',
        'topicIds.0:unknown_id',
      ]),
    );
  });

  it('keeps HTML as text', () => {
    const ctx = ruleContext();
    const created = createConsultation(ctx, validConsultation({ title: '<script>alert(1)</script> Talks' }));
    expect(getConsultation(ctx, created.id).title).toBe('<script>alert(1)</script> Talks');
  });

  it('updates with the version it was based on and records the changed fields', () => {
    const ctx = ruleContext();
    const created = createConsultation(ctx, validConsultation());
    const updated = updateConsultation(ctx, created.id, { version: 1, data: validConsultation({ title: 'Renamed', status: 'postponed' }) });
    expect(updated.version).toBe(2);
    const [latest] = listHistory(ctx, { entity: 'consultation', entityId: created.id }).items;
    expect(latest?.action).toBe('update');
    expect(latest?.changes.map((c) => c.field).sort()).toEqual(['status', 'title']);
  });

  it('never overwrites a newer version: 409 with the stored record', () => {
    const ctx = ruleContext();
    const created = createConsultation(ctx, validConsultation());
    updateConsultation(ctx, created.id, { version: 1, data: validConsultation({ title: 'First edit' }) });
    const problem = refusal(() => updateConsultation(ctx, created.id, { version: 1, data: validConsultation({ title: 'Stale edit' }) }));
    expect(problem.status).toBe(409);
    expect((problem.current as { title: string }).title).toBe('First edit');
    expect(getConsultation(ctx, created.id).title).toBe('First edit');
  });

  it('deletes softly and restores', () => {
    const ctx = ruleContext();
    const seed = getConsultation(ctx, SEED_KZ_BY_ID);
    const deleted = deleteConsultation(ctx, SEED_KZ_BY_ID, { version: seed.version });
    expect(deleted.deletedAt).not.toBeNull();
    expect(ids(listConsultations(ctx, { party: BY_PARTY_ID, limit: '500' }))).not.toContain(SEED_KZ_BY_ID);
    expect(ids(listConsultations(ctx, { onlyDeleted: 'true' }))).toEqual([SEED_KZ_BY_ID]);
    restoreConsultation(ctx, SEED_KZ_BY_ID, { version: deleted.version });
    expect(ids(listConsultations(ctx, { party: BY_PARTY_ID, limit: '500' }))).toContain(SEED_KZ_BY_ID);
    const actions = listHistory(ctx, { entity: 'consultation', entityId: SEED_KZ_BY_ID }).items.map((h) => h.action);
    expect(actions.slice(0, 2)).toEqual(['restore', 'delete']);
  });

  it('lets only analysts and heads write; viewers and planners get 403, nobody gets 401', () => {
    const ctx = ruleContext();
    expect(refusal(() => createConsultation(asUser(ctx, 'u-viewer'), validConsultation())).status).toBe(403);
    expect(refusal(() => createConsultation(asUser(ctx, 'u-planner'), validConsultation())).status).toBe(403);
    expect(refusal(() => createConsultation(asUser(ctx, null), validConsultation())).status).toBe(401);
    expect(createConsultation(asUser(ctx, 'u-head'), validConsultation()).createdBy).toBe('u-head');
  });

  it('returns 404 for an unknown id', () => {
    expect(refusal(() => getConsultation(ruleContext(), 'c-missing')).status).toBe(404);
  });
});

describe('duplicates', () => {
  it('finds a consultation with the same parties in an overlapping period', () => {
    const ctx = ruleContext();
    const found = findDuplicates(ctx, { party: `${KZ_PARTY_ID},${CIS_PARTY_ID}`, from: '2020-12-22', to: '2020-12-22' });
    expect(found.map((c) => c.id)).toContain(SEED_CIS_ID);
    const none = findDuplicates(ctx, { party: `${KZ_PARTY_ID},${CIS_PARTY_ID}`, from: '2020-12-22', to: '2020-12-22', exclude: SEED_CIS_ID });
    expect(none.map((c) => c.id)).not.toContain(SEED_CIS_ID);
  });
});
