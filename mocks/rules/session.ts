import { SignInRequest, type Session, type User } from '@/api/schemas';
import type { Db } from '../store/db';
import { requireUser, type RuleContext } from './context';
import { fieldError, parseOr, unprocessable } from './errors';
import { z } from 'zod/mini';

/**
 * Demo sign-in: no passwords yet. A token names the user; a real server would issue a session.
 * The API checks the role behind every write, whatever the UI shows.
 */
const TOKEN_PREFIX = 'demo.';

export const userForToken = (db: Db, token: string | null | undefined): User | null => {
  if (!token?.startsWith(TOKEN_PREFIX)) return null;
  return db.get('users', token.slice(TOKEN_PREFIX.length)) ?? null;
};

export const listDemoUsers = (ctx: RuleContext): User[] => ctx.db.all('users');

export function signIn(ctx: RuleContext, body: unknown): Session {
  const { userId } = parseOr(SignInRequest, body);
  const user = ctx.db.get('users', userId);
  if (!user) throw unprocessable([fieldError('userId', 'unknown_id')]);
  return { token: `${TOKEN_PREFIX}${user.id}`, user };
}

export const me = (ctx: RuleContext): User => requireUser(ctx);

const HistoryQuery = z.object({
  entity: z.optional(z.string().check(z.maxLength(40))),
  entityId: z.optional(z.string().check(z.maxLength(64))),
  offset: z._default(z.coerce.number().check(z.int(), z.nonnegative()), 0),
  limit: z._default(z.coerce.number().check(z.int(), z.positive(), z.maximum(500)), 100),
});

/** Change history, newest first. */
export function listHistory(ctx: RuleContext, rawQuery: unknown) {
  requireUser(ctx);
  const q = parseOr(HistoryQuery, rawQuery, 'query');
  const entries = ctx.db
    .all('history')
    .filter((h) => (!q.entity || h.entity === q.entity) && (!q.entityId || h.entityId === q.entityId))
    .sort((a, b) => b.at.localeCompare(a.at) || b.version - a.version || b.id.localeCompare(a.id));
  return { items: entries.slice(q.offset, q.offset + q.limit), total: entries.length, offset: q.offset, limit: q.limit };
}
