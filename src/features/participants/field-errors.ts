import { ApiRequestError } from '@/api/client';

/**
 * The API's field errors keyed as the form names its fields: an update's errors come as
 * `data.name.en`, a create's as `name.en`; both become `name.en`.
 */
export function formFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiRequestError) || error.status !== 422) return {};
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(error.fieldErrors())) {
    const key = field.replace(/^data\./, '');
    out[key] ??= code;
  }
  return out;
}

/** Errors at a field or below it (`name` for `name.en`), for a group of inputs. */
export const errorsUnder = (errors: Record<string, string>, prefix: string): string[] =>
  Object.entries(errors)
    .filter(([field]) => field === prefix || field.startsWith(`${prefix}.`))
    .map(([, code]) => code);
