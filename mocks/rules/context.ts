import type { Role, User } from '@/api/schemas';
import type { Db } from '../store/db';
import { forbidden, unauthorized } from './errors';

/** What a rule knows about the request: the store, who asks, and what time it is. */
export interface RuleContext {
  db: Db;
  user: User | null;
  now: Date;
  /** Makes ids; deterministic in tests. */
  newId: (prefix: string) => string;
}

export type Permission =
  | 'read'
  | 'write:consultation'
  | 'write:directory'
  | 'write:topic'
  | 'write:plan'
  | 'submit:plan'
  | 'approve:plan'
  | 'write:approved-plan';

/** What each role may do; head may do everything. */
const grants: Record<Role, readonly Permission[]> = {
  viewer: ['read'],
  analyst: ['read', 'write:consultation', 'write:directory', 'write:topic'],
  planner: ['read', 'write:plan', 'submit:plan'],
  head: [
    'read',
    'write:consultation',
    'write:directory',
    'write:topic',
    'write:plan',
    'submit:plan',
    'approve:plan',
    'write:approved-plan',
  ],
};

export const can = (role: Role, permission: Permission): boolean => grants[role].includes(permission);

/** The signed-in user, or 401; with a permission, 403 when the role may not. */
export function requireUser(ctx: RuleContext, permission: Permission = 'read'): User {
  if (!ctx.user) throw unauthorized();
  if (!can(ctx.user.role, permission)) {
    throw forbidden(`The role ${ctx.user.role} may not ${permission.replace(':', ' ')}.`);
  }
  return ctx.user;
}

let counter = 0;
/** Ids that sort by creation and do not collide across reloads. */
export const randomId = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 7)}`;
