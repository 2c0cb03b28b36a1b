import type { TFunction } from 'i18next';
import { ApiRequestError } from '@/api/client';

/** What to tell a person about a failed request, in their language. */
export function apiErrorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiRequestError)) return t('errors.generic', { status: '?' });
  if (error.isNetwork) return t('errors.network');
  if (error.status === 401) return t('errors.unauthorized');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.recordNotFound');
  if (error.status === 409 && error.problem.title === 'in_use') return t('field.in_use');
  if (error.status === 409) return t('errors.conflict');
  const first = error.problem.errors?.[0];
  if (first) return `${first.field}: ${t(`field.${first.code}`, { defaultValue: first.code })}`;
  return t('errors.generic', { status: error.status });
}
