import type { z } from 'zod/mini';
import { Body, Consultation, HistoryEntry, ownCode, Party, Person, Place, Plan, PlanItem, Topic, User } from '@/api/schemas';
import type { CollectionName, DataSet } from './data-set';

export const recordSchemas: Record<CollectionName, z.ZodMiniType> = {
  users: User,
  parties: Party,
  bodies: Body,
  people: Person,
  places: Place,
  topics: Topic,
  plans: Plan,
  planItems: PlanItem,
  consultations: Consultation,
  history: HistoryEntry,
};

export class CorruptStoreError extends Error {
  constructor(readonly reason: string) {
    super(`The browser store is damaged or of an old format: ${reason}`);
    this.name = 'CorruptStoreError';
  }
}

/** Checks stored records of one collection against the contract; the first bad one is named. */
export function validateRecords(name: CollectionName, records: readonly unknown[]): void {
  const schema = recordSchemas[name];
  for (const record of records) {
    const result = schema.safeParse(record);
    if (!result.success) {
      const id = (record as { id?: unknown } | null)?.id;
      const issue = result.error.issues[0];
      // zod/mini has no message catalogue: the issue's code says what is wrong, or our own code.
      const what = issue ? (ownCode(issue) ?? issue.code) : 'invalid';
      throw new CorruptStoreError(`${name}/${JSON.stringify(id)}: ${issue?.path.join('.') ?? ''} ${what}`);
    }
  }
}

/** Checks every record of a data set. */
export function validateDataSet(data: DataSet): void {
  for (const name of Object.keys(recordSchemas) as CollectionName[]) validateRecords(name, data[name]);
}
