import { describe, expect, it } from 'vitest';
import {
  createDirectoryEntry,
  deleteDirectoryEntry,
  mergeDirectoryEntries,
} from '@mocks/rules/directory';
import { listConsultations } from '@mocks/rules/consultations';
import { listHistory } from '@mocks/rules/session';
import { entryReferences, mergePreview, mergeRefusals } from '@mocks/rules/profiles';
import {
  BY_PARTY_ID,
  KZ_FPAD_ID,
  KZ_MFA_ID,
  KZ_PARTY_ID,
  PANDEMIC_TOPIC_ID,
  SEED_CIS_ID,
  SHAMISHEV_ID,
} from '@mocks/data/ids';
import { api, asUser, refusal, ruleContext } from '../helpers/api';

const codes = (problem: { errors?: { field: string; code: string }[] }) =>
  problem.errors?.map((e) => `${e.field}:${e.code}`);
const DUPLICATE = 'person-kz-sarsenova';

describe('merge preview', () => {
  it('lists what a merge would move, without writing, and the merge then moves exactly that', () => {
    const ctx = ruleContext();
    const revision = ctx.db.revision;
    const preview = mergePreview(ctx, 'person', DUPLICATE, { into: SHAMISHEV_ID });
    expect(ctx.db.revision).toBe(revision);
    const withDuplicate = listConsultations(ctx, { person: DUPLICATE, limit: '500' });
    expect(preview.moves.counts.consultation).toBe(withDuplicate.total);
    expect(
      preview.moves.items
        .filter((r) => r.entity === 'consultation')
        .map((r) => r.id)
        .sort(),
    ).toEqual(withDuplicate.items.map((c) => c.id).sort());
    expect(preview.moves.items[0]?.title).toBeTruthy();
    expect(preview.source.name.en).toBe('Aigul Sarsenova');
    expect(preview.target.name.en).toBe('Erlan Shamishev');

    const before = listConsultations(ctx, { person: SHAMISHEV_ID, limit: '500' }).items.map(
      (c) => c.id,
    );
    mergeDirectoryEntries(ctx, 'person', { sourceId: DUPLICATE, targetId: SHAMISHEV_ID });
    const after = listConsultations(ctx, { person: SHAMISHEV_ID, limit: '500' }).items.map(
      (c) => c.id,
    );
    expect(new Set(after)).toEqual(new Set([...before, ...withDuplicate.items.map((c) => c.id)]));
    expect(listConsultations(ctx, { person: DUPLICATE, limit: '1' }).total).toBe(0);
    expect(listHistory(ctx, { entity: 'person', entityId: DUPLICATE }).items[0]?.action).toBe(
      'merge',
    );
    expect(
      listHistory(ctx, { entity: 'person', entityId: SHAMISHEV_ID }).items[0]?.changes[0],
    ).toEqual({ field: 'absorbed', from: null, to: DUPLICATE });
  });

  it('shows that a body merge moves positions and subordinate bodies too', () => {
    const ctx = ruleContext();
    const twin = createDirectoryEntry(ctx, 'body', {
      partyId: KZ_PARTY_ID,
      parentId: KZ_MFA_ID,
      name: { en: 'Analysis Department (duplicate)' },
    });
    const unit = createDirectoryEntry(ctx, 'body', {
      partyId: KZ_PARTY_ID,
      parentId: KZ_FPAD_ID,
      name: { en: 'Forecasting unit' },
    });
    const preview = mergePreview(ctx, 'body', KZ_FPAD_ID, { into: twin.id });
    expect(preview.moves.counts.person).toBeGreaterThan(0);
    expect(preview.moves.counts.body).toBe(1);
    expect(
      preview.moves.items.some(
        (r) => r.entity === 'body' && r.id === unit.id && r.name?.en === 'Forecasting unit',
      ),
    ).toBe(true);
  });

  it('refuses a merge into itself, across kinds, across parties and into a descendant', () => {
    const ctx = ruleContext();
    expect(
      codes(refusal(() => mergePreview(ctx, 'person', SHAMISHEV_ID, { into: SHAMISHEV_ID }))),
    ).toEqual(['targetId:merge_into_self']);
    expect(
      codes(refusal(() => mergePreview(ctx, 'person', SHAMISHEV_ID, { into: KZ_FPAD_ID }))),
    ).toEqual(['targetId:merge_across_kinds']);
    expect(
      codes(
        refusal(() => mergePreview(ctx, 'person', SHAMISHEV_ID, { into: 'person-by-savitsky' })),
      ),
    ).toEqual(['targetId:merge_across_parties']);
    expect(
      codes(refusal(() => mergePreview(ctx, 'body', KZ_MFA_ID, { into: KZ_FPAD_ID }))),
    ).toEqual(['targetId:merge_into_descendant']);
    const child = createDirectoryEntry(ctx, 'topic', {
      name: { en: 'Pandemic diplomacy' },
      parentId: PANDEMIC_TOPIC_ID,
    });
    expect(
      codes(refusal(() => mergePreview(ctx, 'topic', 'topic-foreign-policy', { into: child.id }))),
    ).toEqual(['targetId:merge_into_descendant']);
    expect(
      codes(refusal(() => mergePreview(ctx, 'person', 'person-nobody', { into: SHAMISHEV_ID }))),
    ).toEqual(['sourceId:unknown_id']);
    expect(refusal(() => mergePreview(ctx, 'person', SHAMISHEV_ID, {})).status).toBe(400);
    expect(
      refusal(() => mergePreview(ctx, 'party', KZ_PARTY_ID, { into: BY_PARTY_ID })).status,
    ).toBe(400);
    // The merge itself agrees with each refusal the preview gives.
    expect(
      refusal(() =>
        mergeDirectoryEntries(ctx, 'body', { sourceId: KZ_MFA_ID, targetId: KZ_FPAD_ID }),
      ).errors?.[0]?.code,
    ).toBe('merge_into_descendant');
    expect(mergeRefusals(ctx.db, 'topic', PANDEMIC_TOPIC_ID, 'topic-geopolitics')).toEqual([]);
  });

  it('lets analysts and heads preview merges, not viewers or planners', () => {
    const ctx = ruleContext();
    expect(
      refusal(() =>
        mergePreview(asUser(ctx, 'u-viewer'), 'person', DUPLICATE, { into: SHAMISHEV_ID }),
      ).status,
    ).toBe(403);
    expect(
      refusal(() =>
        mergePreview(asUser(ctx, 'u-planner'), 'topic', PANDEMIC_TOPIC_ID, {
          into: 'topic-geopolitics',
        }),
      ).status,
    ).toBe(403);
    expect(
      mergePreview(asUser(ctx, 'u-head'), 'topic', PANDEMIC_TOPIC_ID, { into: 'topic-geopolitics' })
        .moves.total,
    ).toBeGreaterThan(0);
  });

  it('a topic merge keeps every link: the survivor has all consultations of both', () => {
    const ctx = ruleContext();
    const target = 'topic-geopolitics';
    const union = new Set(
      [
        ...listConsultations(ctx, { topic: PANDEMIC_TOPIC_ID, limit: '500' }).items,
        ...listConsultations(ctx, { topic: target, limit: '500' }).items,
      ].map((c) => c.id),
    );
    const preview = mergePreview(ctx, 'topic', PANDEMIC_TOPIC_ID, { into: target });
    expect(preview.moves.counts.topic).toBe(1); // its subtopic moves under the survivor
    mergeDirectoryEntries(ctx, 'topic', { sourceId: PANDEMIC_TOPIC_ID, targetId: target });
    expect(
      new Set(listConsultations(ctx, { topic: target, limit: '500' }).items.map((c) => c.id)),
    ).toEqual(union);
  });
});

describe('where an entry is used', () => {
  it('labels each reference so a refusal can list it', () => {
    const ctx = ruleContext();
    const used = entryReferences(ctx, 'person', SHAMISHEV_ID);
    const cis = used.items.find((r) => r.id === SEED_CIS_ID);
    expect(cis?.entity).toBe('consultation');
    expect(cis?.title).toContain('ТМД');
    expect(used.total).toBe(listConsultations(ctx, { person: SHAMISHEV_ID, limit: '1' }).total);
    // The API refuses the deletion for the same reasons.
    const problem = refusal(() =>
      deleteDirectoryEntry(ctx, 'person', SHAMISHEV_ID, { version: 1 }),
    );
    expect(problem.usedByCount).toBe(used.total);
  });

  it('names plan items with their plan, and is empty for an unused entry', () => {
    const ctx = ruleContext();
    const fpad = entryReferences(ctx, 'body', KZ_FPAD_ID);
    const item = fpad.items.find((r) => r.entity === 'planItem');
    expect(item?.planId).toBeTruthy();
    const fresh = createDirectoryEntry(ctx, 'body', {
      partyId: KZ_PARTY_ID,
      name: { en: 'Unused office' },
    });
    expect(entryReferences(ctx, 'body', fresh.id)).toEqual({ total: 0, counts: {}, items: [] });
    expect(refusal(() => entryReferences(ctx, 'body', 'body-nowhere')).status).toBe(404);
  });

  it('is served over HTTP', async () => {
    const refs = await api('GET', `/profiles/person/${SHAMISHEV_ID}/references`, {
      as: 'u-viewer',
    });
    expect(refs.status).toBe(200);
    const preview = await api(
      'GET',
      `/profiles/person/${SHAMISHEV_ID}/merge-preview?into=${SHAMISHEV_ID}`,
    );
    expect(preview.status).toBe(422);
    expect(codes(preview.body as { errors: { field: string; code: string }[] })).toEqual([
      'targetId:merge_into_self',
    ]);
  });
});
