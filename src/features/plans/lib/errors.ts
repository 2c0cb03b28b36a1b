import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '@/api/client';
import { apiErrorMessage } from '@/lib/api-error-message';

/**
 * A failed request's field errors by field, with a prefix taken off ('data.period.start' →
 * 'period.start') and list indexes folded ('bodyIds.2' → 'bodyIds') so a form can show each one
 * at its field.
 */
export function fieldErrorsOf(error: unknown, prefix = ''): Record<string, string> {
  if (!(error instanceof ApiRequestError)) return {};
  const out: Record<string, string> = {};
  for (const [field, code] of Object.entries(error.fieldErrors())) {
    const name = prefix && field.startsWith(prefix) ? field.slice(prefix.length) : field;
    const folded = name.replace(/^(bodyIds|partyIds)\.\d+$/, '$1');
    out[folded] ??= code;
  }
  return out;
}

/** Texts for field error codes: the plans' own first, then the shared ones. */
export function useErrorText() {
  const { t, i18n } = useTranslation('plans');
  const field = useCallback(
    (code: string | undefined): string | undefined => {
      if (!code) return undefined;
      if (i18n.exists(`plans:field.${code}`)) return t(`field.${code}`);
      return i18n.exists(`common:field.${code}`)
        ? t(`common:field.${code}`)
        : t('common:field.invalid');
    },
    [t, i18n],
  );
  const request = useCallback(
    (error: unknown) => apiErrorMessage(error, i18n.getFixedT(null, 'common')),
    [i18n],
  );
  return { field, request };
}
