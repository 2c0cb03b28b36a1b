import { createDemoData } from '@mocks/data';
import { Db } from '@mocks/store/db';
import type { RuleContext } from '@mocks/rules/context';
import { ApiError } from '@mocks/rules/errors';
import type { DemoUser } from './render-app';

/** A rule context over a fresh demo store, for unit tests of the API's rules. */
export function ruleContext(as: DemoUser | null = 'u-analyst', now = new Date('2026-11-28T10:00:00Z')): RuleContext {
  const db = new Db(createDemoData());
  let n = 0;
  return {
    db,
    user: as ? (db.get('users', as) ?? null) : null,
    now,
    newId: (prefix) => `${prefix}-t${++n}`,
  };
}

export const asUser = (ctx: RuleContext, as: DemoUser | null): RuleContext => ({
  ...ctx,
  user: as ? (ctx.db.get('users', as) ?? null) : null,
});

/** Calls the embedded API like the app does, as a demo user. */
export async function api(method: string, path: string, options: { as?: DemoUser | null; body?: unknown } = {}) {
  const { as = 'u-analyst', body } = options;
  const response = await fetch(`http://localhost:3000/api${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(as ? { Authorization: `Bearer demo.${as}` } : {}) },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), body: text ? (JSON.parse(text) as unknown) : null };
}

/** Runs a rule expecting a refusal and returns the problem it carries; fails if the rule agreed. */
export function refusal(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error.problem;
    throw error;
  }
  throw new Error('expected the rule to refuse');
}
