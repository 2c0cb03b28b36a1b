import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { directoryApi } from '@/api/queries/directory';
import { refreshAfterDirectoryWrite } from '@/api/queries/profiles';
import type { ProfileKind } from '@/api/schemas/profiles';
import { toastStore } from '@/lib/toasts';
import { formFieldErrors } from '../field-errors';

/**
 * Creates an entry, or updates one at the version the form was opened with. The form shows the
 * API's refusals itself (field by field), so no toast for them.
 */
export function useEntrySave(
  kind: ProfileKind,
  entry: { id: string; version: number } | undefined,
  onSaved: (id: string) => void,
) {
  const queryClient = useQueryClient();
  const { t } = useTranslation('participants');
  const mutation = useMutation({
    mutationFn: async (input: unknown): Promise<{ id: string }> =>
      (entry
        ? await directoryApi.update(kind, entry.id, entry.version, input)
        : await directoryApi.create(kind, input)) as { id: string },
    meta: { silent: true },
    onSuccess: async (record) => {
      await refreshAfterDirectoryWrite(queryClient, kind);
      toastStore.show({ kind: 'success', message: entry ? t('form.updated') : t('form.created') });
      onSaved(record.id);
    },
  });
  // One object per failed attempt, so the form moves the focus once per attempt, not per render.
  const errors = useMemo(() => formFieldErrors(mutation.error), [mutation.error]);
  return {
    save: (input: unknown) => mutation.mutate(input),
    errors,
    failure: mutation.error && !Object.keys(errors).length ? mutation.error : null,
    pending: mutation.isPending,
  };
}
