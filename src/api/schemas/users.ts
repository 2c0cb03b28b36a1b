import { z } from 'zod/mini';
import { Id, IsoDateTime, LocalizedText } from './common';

export const roles = ['viewer', 'analyst', 'planner', 'head'] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const User = z.object({
  id: Id,
  name: LocalizedText,
  role: Role,
  /** The ministry body the user works in. */
  bodyId: z._default(z.nullable(Id), null),
});
export type User = z.infer<typeof User>;

export const SignInRequest = z.object({ userId: Id });
export const Session = z.object({ token: z.string(), user: User });
export type Session = z.infer<typeof Session>;

export const historyActions = [
  'create',
  'update',
  'delete',
  'restore',
  'merge',
  'submit',
  'approve',
  'return',
] as const;
export const HistoryAction = z.enum(historyActions);
export type HistoryAction = z.infer<typeof HistoryAction>;

export const entityTypes = [
  'consultation',
  'party',
  'body',
  'person',
  'place',
  'topic',
  'plan',
  'planItem',
] as const;
export const EntityType = z.enum(entityTypes);
export type EntityType = z.infer<typeof EntityType>;

export const FieldChange = z.object({ field: z.string(), from: z.unknown(), to: z.unknown() });
export type FieldChange = z.infer<typeof FieldChange>;

export const HistoryEntry = z.object({
  id: Id,
  entity: EntityType,
  entityId: Id,
  action: HistoryAction,
  userId: Id,
  at: IsoDateTime,
  version: z.int().check(z.nonnegative()),
  changes: z.array(FieldChange),
  comment: z._default(z.string(), ''),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;
