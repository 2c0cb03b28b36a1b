import { describe, expect, it } from 'vitest';
import { matchRoute } from '@mocks/api/match';
import { routes } from '@mocks/api/routes';
import { answerSerialized } from '@mocks/api/serve-serialized';
import type { SerializedRequest } from '@mocks/api-worker-protocol';
import { createDemoData } from '@mocks/data';
import { SEED_KZ_BY_ID } from '@mocks/data/ids';
import { Db } from '@mocks/store/db';
import { validConsultation } from '../helpers/consultation-input';

// In the browser the embedded API runs in a worker and gets each request as plain data: the same
// table must answer it as MSW's handlers do in Node.

const options = () => {
  const db = new Db(createDemoData());
  return { db: () => db };
};

let id = 0;
const request = (method: string, path: string, body?: unknown, as: string | null = 'u-analyst'): SerializedRequest => ({
  type: 'request',
  id: (id += 1),
  method,
  url: `http://127.0.0.1:4173/api${path}`,
  headers: [['Content-Type', 'application/json'], ...(as ? ([['Authorization', `Bearer demo.${as}`]] as [string, string][]) : [])],
  body: body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body),
});

const header = (headers: [string, string][], name: string) => headers.find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1];

describe('matching a path to the route table', () => {
  it('prefers a literal path listed before a parameter, and decodes parameters', () => {
    expect(matchRoute(routes, 'GET', '/consultations/facets')?.route.path).toBe('/consultations/facets');
    const record = matchRoute(routes, 'GET', '/consultations/c%2D1');
    expect(record?.route.path).toBe('/consultations/:id');
    expect(record?.params).toEqual({ id: 'c-1' });
    expect(matchRoute(routes, 'get', '/profiles/party/party-by')?.params).toEqual({ kind: 'party', id: 'party-by' });
  });

  it('finds nothing for an unknown path, a wrong method or extra segments', () => {
    expect(matchRoute(routes, 'GET', '/no-such-thing')).toBeNull();
    expect(matchRoute(routes, 'PATCH', '/consultations')).toBeNull();
    expect(matchRoute(routes, 'GET', '/consultations/c-1/restore/again')).toBeNull();
  });
});

describe('the embedded API answering plain-data requests', () => {
  it('answers a record as JSON, with the time its rule took', async () => {
    const reply = await answerSerialized(options(), request('GET', `/consultations/${SEED_KZ_BY_ID}`));
    expect(reply.status).toBe(200);
    expect(header(reply.headers, 'Content-Type')).toContain('application/json');
    expect(header(reply.headers, 'Server-Timing')).toMatch(/^rule;dur=\d+(\.\d)?$/);
    expect(JSON.parse(reply.body ?? '{}')).toMatchObject({ id: SEED_KZ_BY_ID });
  });

  it('answers 401, 404 and 400 as problems, never a 500', async () => {
    const served = options();
    expect((await answerSerialized(served, request('GET', '/consultations', undefined, null))).status).toBe(401);
    const unknown = await answerSerialized(served, request('GET', '/no-such-thing'));
    expect(unknown.status).toBe(404);
    expect(header(unknown.headers, 'Content-Type')).toContain('application/problem+json');
    expect((await answerSerialized(served, request('POST', '/consultations', '{"title": '))).status).toBe(400);
  });

  it('refuses a bad field with a 422 naming it, and stores a good record for the next request', async () => {
    const served = options();
    const bad = await answerSerialized(served, request('POST', '/consultations', { ...validConsultation(), kind: 'trilateral' }));
    expect(bad.status).toBe(422);
    expect((JSON.parse(bad.body ?? '{}') as { errors: { field: string }[] }).errors.map((e) => e.field)).toContain('kind');
    const created = await answerSerialized(served, request('POST', '/consultations', validConsultation()));
    expect(created.status).toBe(201);
    const { id: newId } = JSON.parse(created.body ?? '{}') as { id: string };
    expect((await answerSerialized(served, request('GET', `/consultations/${newId}`))).status).toBe(200);
  });
});
