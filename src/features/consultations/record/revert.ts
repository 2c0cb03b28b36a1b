import { ConsultationInput, metaKeys, type Consultation, type FieldChange } from '@/api/schemas';

/**
 * The record with the values it had before a change, every other field as it is now: what "put
 * back" saves. Null when the older values no longer make a valid record (the API would refuse
 * them too), or when the change touched nothing that can be put back.
 */
export function revertedInput(
  current: Consultation,
  changes: readonly FieldChange[],
): ConsultationInput | null {
  const data: Record<string, unknown> = { ...current };
  for (const key of metaKeys) delete data[key];
  let touched = false;
  for (const change of changes) {
    if ((metaKeys as readonly string[]).includes(change.field)) continue;
    data[change.field] = change.from;
    touched = true;
  }
  if (!touched) return null;
  const parsed = ConsultationInput.safeParse(data);
  return parsed.success ? parsed.data : null;
}

/** Whether a history entry's values can be put back: an update with fields besides the audit ones. */
export const canRevert = (action: string, changes: readonly FieldChange[]): boolean =>
  action === 'update' && changes.some((c) => !(metaKeys as readonly string[]).includes(c.field));
