import { describe, expect, it } from 'vitest';
import {
  createDirectoryEntry,
  deleteDirectoryEntry,
  getDirectoryEntry,
  listDirectory,
  mergeDirectoryEntries,
  updateDirectoryEntry,
} from '@mocks/rules/directory';
import { listConsultations } from '@mocks/rules/consultations';
import { listHistory } from '@mocks/rules/session';
import { BY_PARTY_ID, KZ_FPAD_ID, KZ_PARTY_ID, PANDEMIC_TOPIC_ID, SEED_KZ_BY_ID, SHAMISHEV_ID } from '@mocks/data/ids';
import { asUser, refusal, ruleContext } from '../helpers/api';

describe('directory', () => {
  it('finds a party by any of its names, code or acronym', () => {
    const ctx = ruleContext();
    for (const q of ['Беларусь', 'Belarus', 'BY', 'Беларуси']) {
      const found = listDirectory(ctx, 'party', { q }).items.map((p) => p.id);
      expect(found, q).toContain(BY_PARTY_ID);
    }
    const cis = listDirectory(ctx, 'party', { q: 'ТМД' }).items.map((p) => p.code);
    expect(cis).toContain('CIS');
  });

  it('finds a person in any of three spellings and counts their consultations', () => {
    const ctx = ruleContext();
    for (const q of ['Ерлан Шәмішев', 'Шамишев', 'Erlan Shamishev']) {
      expect(listDirectory(ctx, 'person', { q }).items.map((p) => p.id), q).toContain(SHAMISHEV_ID);
    }
    expect(getDirectoryEntry(ctx, 'person', SHAMISHEV_ID).usage.consultations).toBeGreaterThan(0);
  });

  it('sorts parties by number of consultations', () => {
    const ctx = ruleContext();
    const items = listDirectory(ctx, 'party', { sort: '-consultations' }).items;
    const counts = items.map((p) => p.usage.consultations);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(items[0]?.id).toBe(KZ_PARTY_ID);
  });

  it('refuses an empty name and a duplicate name within the same party', () => {
    const ctx = ruleContext();
    expect(refusal(() => createDirectoryEntry(ctx, 'body', { partyId: KZ_PARTY_ID, name: {} })).errors?.[0]?.field).toBe('name');
    const fpad = getDirectoryEntry(ctx, 'body', KZ_FPAD_ID);
    const problem = refusal(() => createDirectoryEntry(ctx, 'body', { partyId: KZ_PARTY_ID, name: { en: fpad.name.en } }));
    expect(problem.errors?.map((e) => `${e.field}:${e.code}`)).toContain('name.en:duplicate_name');
    // The same name in another party is fine.
    expect(createDirectoryEntry(ctx, 'body', { partyId: BY_PARTY_ID, name: { en: fpad.name.en } }).id).toBeTruthy();
  });

  it('refuses to delete an entry still in use, listing where', () => {
    const ctx = ruleContext();
    const problem = refusal(() => deleteDirectoryEntry(ctx, 'person', SHAMISHEV_ID, { version: 1 }));
    expect(problem.status).toBe(409);
    expect(problem.title).toBe('in_use');
    expect((problem.usedBy as { id: string }[]).map((r) => r.id)).toContain('c-seed-cis');
  });

  it('refuses to put a topic under its own descendant', () => {
    const ctx = ruleContext();
    const parent = createDirectoryEntry(ctx, 'topic', { name: { en: 'Parent topic' } });
    const child = createDirectoryEntry(ctx, 'topic', { name: { en: 'Child topic' }, parentId: parent.id });
    const problem = refusal(() =>
      updateDirectoryEntry(ctx, 'topic', parent.id, { version: parent.version, data: { name: { en: 'Parent topic' }, parentId: child.id } }),
    );
    expect(problem.errors?.map((e) => `${e.field}:${e.code}`)).toContain('data.parentId:cycle');
  });

  it('merges a topic without losing a link, and records the merge', () => {
    const ctx = ruleContext();
    const duplicate = createDirectoryEntry(ctx, 'topic', { name: { en: 'COVID-19 diplomacy' } });
    const before = listConsultations(ctx, { topic: PANDEMIC_TOPIC_ID, limit: '500' }).total;
    // Tag a consultation with the duplicate through a merge of the pandemic topic into it and back.
    mergeDirectoryEntries(ctx, 'topic', { sourceId: PANDEMIC_TOPIC_ID, targetId: duplicate.id });
    expect(listConsultations(ctx, { topic: duplicate.id, limit: '500' }).total).toBe(before);
    expect(listConsultations(ctx, { limit: '500' }).items.some((c) => c.topicIds.includes(PANDEMIC_TOPIC_ID))).toBe(false);
    expect(listHistory(ctx, { entity: 'topic', entityId: PANDEMIC_TOPIC_ID }).items[0]?.action).toBe('merge');
    const seedHistory = listHistory(ctx, { entity: 'consultation', entityId: SEED_KZ_BY_ID }).items[0];
    expect(seedHistory?.changes[0]).toEqual({ field: 'topic', from: PANDEMIC_TOPIC_ID, to: duplicate.id });
  });

  it('refuses a merge into itself, across parties, or by a viewer', () => {
    const ctx = ruleContext();
    expect(refusal(() => mergeDirectoryEntries(ctx, 'person', { sourceId: SHAMISHEV_ID, targetId: SHAMISHEV_ID })).errors?.[0]?.code).toBe(
      'merge_into_self',
    );
    const belarusian = listDirectory(ctx, 'person', { party: BY_PARTY_ID }).items[0];
    expect(
      refusal(() => mergeDirectoryEntries(ctx, 'person', { sourceId: SHAMISHEV_ID, targetId: belarusian?.id })).errors?.[0]?.code,
    ).toBe('merge_across_parties');
    expect(refusal(() => mergeDirectoryEntries(asUser(ctx, 'u-viewer'), 'topic', { sourceId: 'a', targetId: 'b' })).status).toBe(403);
  });
});
