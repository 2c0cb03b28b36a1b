import { describe, expect, it } from 'vitest';
import { SEED_KZ_BY_ID } from '@mocks/data/ids';
import { api } from '../helpers/api';
import { validConsultation } from '../helpers/consultation-input';

describe('the embedded API over HTTP', () => {
  it('answers a list as JSON for a signed-in user', async () => {
    const res = await api('GET', '/consultations?party=party-by&limit=5');
    expect(res.status).toBe(200);
    expect(res.contentType).toContain('application/json');
    expect((res.body as { items: unknown[] }).items.length).toBeGreaterThan(0);
  });

  it('answers 401 problem+json without a session', async () => {
    const res = await api('GET', '/consultations', { as: null });
    expect(res.status).toBe(401);
    expect(res.contentType).toContain('application/problem+json');
  });

  it('answers 404 for an unknown id and an unknown route', async () => {
    expect((await api('GET', '/consultations/c-none')).status).toBe(404);
    const unknown = await api('GET', '/no-such-thing');
    expect(unknown.status).toBe(404);
    expect(unknown.contentType).toContain('application/problem+json');
  });

  it('answers 400 for a body that is not JSON, never 500', async () => {
    const response = await fetch('http://localhost:3000/api/consultations', {
      method: 'POST',
      headers: { Authorization: 'Bearer demo.u-analyst', 'Content-Type': 'application/json' },
      body: '{"title": ',
    });
    expect(response.status).toBe(400);
  });

  it('answers 422 naming the field, 403 for a viewer, 409 for a stale version', async () => {
    const bad = await api('POST', '/consultations', { body: { ...validConsultation(), kind: 'trilateral' } });
    expect(bad.status).toBe(422);
    expect((bad.body as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain('kind');
    expect((await api('POST', '/consultations', { as: 'u-viewer', body: validConsultation() })).status).toBe(403);
    const seed = (await api('GET', `/consultations/${SEED_KZ_BY_ID}`)).body as { version: number };
    const stale = await api('PUT', `/consultations/${SEED_KZ_BY_ID}`, { body: { version: seed.version - 1 + 5, data: validConsultation() } });
    expect(stale.status).toBe(409);
  });

  it('signs in as a demo user and tells who that is', async () => {
    const session = await api('POST', '/session', { as: null, body: { userId: 'u-planner' } });
    expect(session.status).toBe(200);
    const me = await api('GET', '/me', { as: 'u-planner' });
    expect((me.body as { role: string }).role).toBe('planner');
    expect((await api('POST', '/session', { as: null, body: { userId: 'nobody' } })).status).toBe(422);
  });
});
