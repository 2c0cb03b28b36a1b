import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { consultationApi, consultationKeys } from '@/api/queries/consultations';
import type { Consultation, ConsultationInput } from '@/api/schemas';
import { apiErrorMessage } from '@/lib/api-error-message';
import { toastStore } from '@/lib/toasts';

/**
 * After any write: the record as stored now, and everything derived from consultations (lists,
 * facets, statistics, plan fulfilment, history) refreshed.
 */
export function afterWrite(queryClient: QueryClient, record: Consultation) {
  queryClient.setQueryData(consultationKeys.detail(record.id), record);
  void queryClient.invalidateQueries({
    queryKey: ['consultations'],
    predicate: (q) => q.queryKey[1] !== 'detail' || q.queryKey[2] !== record.id,
  });
  void queryClient.invalidateQueries({ queryKey: ['history'] });
  void queryClient.invalidateQueries({ queryKey: ['plans'] });
}

/** A refused write may be due to a newer version: show the stored one. */
const refresh = (queryClient: QueryClient, id: string) =>
  void queryClient.invalidateQueries({ queryKey: consultationKeys.detail(id) });

export function useRecordMutations(id: string) {
  const queryClient = useQueryClient();
  const { t } = useTranslation('consultations');
  const { t: tCommon } = useTranslation();

  /** Restores outside any component too: the undo of a toast outlives the page it came from. */
  const restoreNow = async (version: number) => {
    try {
      const record = await consultationApi.restore(id, version);
      afterWrite(queryClient, record);
      toastStore.show({ kind: 'success', message: t('record.restored') });
    } catch (error) {
      refresh(queryClient, id);
      toastStore.show({ kind: 'error', message: apiErrorMessage(error, tCommon) });
    }
  };

  const remove = useMutation({
    mutationFn: (version: number) => consultationApi.remove(id, version),
    onSuccess: (record) => {
      afterWrite(queryClient, record);
      toastStore.show(
        {
          kind: 'success',
          message: t('record.deletedToast'),
          action: { label: tCommon('actions.undo'), run: () => void restoreNow(record.version) },
        },
        12_000,
      );
    },
    onError: () => refresh(queryClient, id),
  });

  const restore = useMutation({
    mutationFn: (version: number) => consultationApi.restore(id, version),
    onSuccess: (record) => {
      afterWrite(queryClient, record);
      toastStore.show({ kind: 'success', message: t('record.restored') });
    },
    onError: () => refresh(queryClient, id),
  });

  const revert = useMutation({
    mutationFn: ({ version, data }: { version: number; data: ConsultationInput }) =>
      consultationApi.update(id, version, data),
    onSuccess: (record) => {
      afterWrite(queryClient, record);
      toastStore.show({ kind: 'success', message: t('record.history.reverted') });
    },
    onError: () => refresh(queryClient, id),
  });

  return { remove, restore, revert };
}
