import { describe, expect, it } from 'vitest';
import type { BodyProfile, PartyProfile, PersonProfile } from '@/api/schemas/profiles';
import { createConsultation } from '@mocks/rules/consultations';
import { listConsultations } from '@mocks/rules/consultations';
import { mergeDirectoryEntries } from '@mocks/rules/directory';
import { fillQuarters, profile, quarterBounds } from '@mocks/rules/profiles';
import {
  BY_PARTY_ID,
  KZ_FPAD_ID,
  KZ_MFA_ID,
  KZ_PARTY_ID,
  SEED_CIS_ID,
  SHAMISHEV_ID,
  planIds,
} from '@mocks/data/ids';
import { api, asUser, refusal, ruleContext } from '../helpers/api';
import { validConsultation } from '../helpers/consultation-input';

const total = (ctx: ReturnType<typeof ruleContext>, query: Record<string, string>) =>
  listConsultations(ctx, { ...query, limit: '1' }).total;

describe('profile statistics', () => {
  it('counts a party’s consultations as the filtered list does, by status and by quarter', () => {
    const ctx = ruleContext();
    const by = profile(ctx, 'party', BY_PARTY_ID) as PartyProfile;
    expect(by.total).toBeGreaterThan(5);
    expect(by.total).toBe(total(ctx, { party: BY_PARTY_ID }));
    for (const status of ['held', 'planned', 'postponed', 'cancelled'] as const) {
      expect(by.status[status], status).toBe(total(ctx, { party: BY_PARTY_ID, status }));
    }
    // Every consultation falls in exactly one quarter, and the quarters run without gaps.
    expect(by.quarters.reduce((sum, q) => sum + q.total, 0)).toBe(by.total);
    for (const q of by.quarters)
      expect(q.total).toBe(
        q.counts.held + q.counts.planned + q.counts.postponed + q.counts.cancelled,
      );
    const periods = by.quarters.map((q) => q.period);
    expect(periods).toEqual(
      fillQuarters(
        new Map(
          periods.map((p) => [
            p,
            { total: 1, counts: { planned: 0, held: 1, postponed: 0, cancelled: 0 } },
          ]),
        ),
      ).map((q) => q.period),
    );
    expect(new Set(periods).size).toBe(periods.length);
  });

  it('names the last held consultation and the topics, bodies and people with counts the list agrees with', () => {
    const ctx = ruleContext();
    const by = profile(ctx, 'party', BY_PARTY_ID) as PartyProfile;
    const newestHeld = listConsultations(ctx, {
      party: BY_PARTY_ID,
      status: 'held',
      sort: '-date',
      limit: '1',
    }).items[0];
    expect(by.lastHeld?.date.start).toBe(newestHeld?.date.start);
    expect(by.topics.length).toBeGreaterThan(3);
    for (const t of by.topics)
      expect(t.count, t.id).toBe(total(ctx, { party: BY_PARTY_ID, topic: t.id }));
    for (const b of [...by.ownSide.bodies, ...by.counterparts.bodies])
      expect(b.count, b.id).toBe(total(ctx, { party: BY_PARTY_ID, body: b.id }));
    for (const p of [...by.ownSide.people, ...by.counterparts.people])
      expect(p.count, p.id).toBe(total(ctx, { party: BY_PARTY_ID, person: p.id }));
    // Sides: Belarusian bodies are its own, Kazakh ones the counterparts.
    expect(by.ownSide.bodies.every((b) => b.id.startsWith('body-by-'))).toBe(true);
    expect(by.counterparts.bodies.map((b) => b.id)).toContain(KZ_FPAD_ID);
    expect(by.counterparts.parties[0]).toEqual({ id: KZ_PARTY_ID, count: by.total });
    // Sorted, most frequent first.
    const counts = by.topics.map((t) => t.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Every id mentioned has a name, so the page needs no other request.
    for (const id of [...by.topics, ...by.counterparts.bodies, ...by.counterparts.people].map(
      (t) => t.id,
    ))
      expect(by.names[id], id).toBeDefined();
  });

  it('lists the plans a party is party to, with its consultations under each', () => {
    const ctx = ruleContext();
    const by = profile(ctx, 'party', BY_PARTY_ID) as PartyProfile;
    const plan = by.plans.find((p) => p.planId === planIds.kzBy2020);
    expect(plan).toBeDefined();
    expect(plan?.consultations).toBe(total(ctx, { plan: planIds.kzBy2020, party: BY_PARTY_ID }));
    expect(plan?.itemCount).toBe(Object.values(plan?.fulfilment ?? {}).reduce((a, b) => a + b, 0));
    expect(by.structure.bodies).toBeGreaterThan(0);
  });

  it('shows a person’s delegations led, including the CIS consultation of 22 December 2020', () => {
    const ctx = ruleContext();
    const p = profile(ctx, 'person', SHAMISHEV_ID) as PersonProfile;
    expect(p.total).toBe(total(ctx, { person: SHAMISHEV_ID }));
    const cis = p.led.items.find((c) => c.id === SEED_CIS_ID);
    expect(cis?.date.start).toBe('2020-12-22');
    expect(p.led.total + p.member).toBe(p.total);
    expect(p.ownSide.people.map((x) => x.id)).not.toContain(SHAMISHEV_ID);
    expect(p.ownSide.bodies.map((x) => x.id)).toContain(KZ_FPAD_ID);
    expect(p.names[KZ_FPAD_ID]?.name.en).toBe('Foreign Policy Analysis and Forecasting Department');
  });

  it('counts a body with its subordinate bodies, and what it led itself', () => {
    const ctx = ruleContext();
    const mfa = profile(ctx, 'body', KZ_MFA_ID) as BodyProfile;
    expect(mfa.total).toBe(total(ctx, { body: KZ_MFA_ID }));
    expect(mfa.direct).toBeLessThan(mfa.total);
    expect(mfa.children.map((c) => c.id)).toContain(KZ_FPAD_ID);
    const fpad = profile(ctx, 'body', KZ_FPAD_ID) as BodyProfile;
    expect(mfa.children.find((c) => c.id === KZ_FPAD_ID)?.count).toBe(fpad.total);
    expect(fpad.staff.map((s) => s.personId)).toContain(SHAMISHEV_ID);
    // Its own chain of command is the subject, not company.
    expect(fpad.ownSide.bodies.map((b) => b.id)).not.toContain(KZ_MFA_ID);
    expect(fpad.counterparts.parties.map((x) => x.id)).toContain(BY_PARTY_ID);
  });

  it('follows writes: a new planned consultation becomes the next one', () => {
    const ctx = ruleContext('u-analyst', new Date('2021-03-01T09:00:00Z'));
    const before = profile(ctx, 'party', BY_PARTY_ID);
    createConsultation(
      ctx,
      validConsultation({
        title: 'Next round with Belarus',
        status: 'planned',
        date: { start: '2021-03-10', precision: 'day', approximate: false },
      }),
    );
    const after = profile(ctx, 'party', BY_PARTY_ID);
    expect(after.total).toBe(before.total + 1);
    expect(after.status.planned).toBe(before.status.planned + 1);
    expect(after.nextPlanned?.title).toBe('Next round with Belarus');
    expect(after.upcoming[0]?.title).toBe('Next round with Belarus');
    // Recent lists only what is not in the future.
    expect(after.recent.every((c) => c.date.start <= '2021-03-01')).toBe(true);
  });

  it('says where a merged person went', () => {
    const ctx = ruleContext();
    const duplicate = 'person-kz-sarsenova';
    mergeDirectoryEntries(ctx, 'person', { sourceId: duplicate, targetId: SHAMISHEV_ID });
    const gone = profile(ctx, 'person', duplicate);
    expect(gone.removed?.mergedInto).toBe(SHAMISHEV_ID);
    expect(gone.total).toBe(0);
    expect(profile(ctx, 'person', SHAMISHEV_ID).removed).toBeNull();
  });

  it('refuses unknown kinds and ids, and anonymous callers', () => {
    const ctx = ruleContext();
    expect(refusal(() => profile(ctx, 'planet', 'x')).status).toBe(400);
    expect(refusal(() => profile(ctx, 'person', 'person-nobody')).status).toBe(404);
    expect(refusal(() => profile(asUser(ctx, null), 'party', BY_PARTY_ID)).status).toBe(401);
    // A viewer reads profiles.
    expect(profile(asUser(ctx, 'u-viewer'), 'party', BY_PARTY_ID).total).toBeGreaterThan(0);
  });

  it('is served over HTTP under /api/profiles', async () => {
    const ok = await api('GET', `/profiles/party/${BY_PARTY_ID}`, { as: 'u-viewer' });
    expect(ok.status).toBe(200);
    expect((ok.body as { kind: string }).kind).toBe('party');
    const bad = await api('GET', '/profiles/planet/x');
    expect(bad.status).toBe(400);
    expect(bad.contentType).toContain('application/problem+json');
  });
});

describe('quarters', () => {
  it('knows the first and last day of a quarter', () => {
    expect(quarterBounds('2020-Q4')).toEqual({ from: '2020-10-01', to: '2020-12-31' });
    expect(quarterBounds('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterBounds('2021-Q2')).toEqual({ from: '2021-04-01', to: '2021-06-30' });
  });

  it('fills the gaps between the first and the last quarter with zeros, across years', () => {
    const held = (n: number) => ({
      total: n,
      counts: { planned: 0, held: n, postponed: 0, cancelled: 0 },
    });
    const filled = fillQuarters(
      new Map([
        ['2021-Q2', held(2)],
        ['2020-Q3', held(1)],
      ]),
    );
    expect(filled.map((q) => `${q.period}:${q.total}`)).toEqual([
      '2020-Q3:1',
      '2020-Q4:0',
      '2021-Q1:0',
      '2021-Q2:2',
    ]);
    expect(fillQuarters(new Map())).toEqual([]);
  });
});
