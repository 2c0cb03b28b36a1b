import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '@/api/client';
import { directoryApi, type DirectoryKind } from '@/api/queries/directory';
import { profileApi, profileQueries, refreshAfterDirectoryWrite } from '@/api/queries/profiles';
import type { ReferenceSummary } from '@/api/schemas/profiles';
import { apiErrorMessage } from '@/lib/api-error-message';
import { toastStore } from '@/lib/toasts';

export interface DeleteEntryPanelProps {
  kind: DirectoryKind;
  entry: { id: string; version: number; name: string };
  /** The catalogue with the panel's words under `delete.*` (heading, explain, confirm, done, inUse, inUseHint). */
  namespace: 'participants' | 'topics';
  /** The hint shown with a refusal, when the kind needs its own (a party is merged differently). */
  inUseHintKey?: string;
  /** How the records that still use the entry are listed, each a link. */
  References: ComponentType<{ summary: ReferenceSummary }>;
  onClose: () => void;
}

const isInUse = (error: unknown): error is ApiRequestError =>
  error instanceof ApiRequestError && error.status === 409 && error.problem.title === 'in_use';

/**
 * Deleting a directory entry (a party, body, person or topic). The API refuses while anything still
 * points at it; the refusal is shown with the list of those records, so the analyst can fix them or
 * merge instead. A deletion is undone from the toast that confirms it.
 */
export function DeleteEntryPanel({ kind, entry, namespace, inUseHintKey = 'delete.inUseHint', References, onClose }: DeleteEntryPanelProps) {
  const { t } = useTranslation(namespace);
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const remove = useMutation({
    mutationFn: () => directoryApi.remove(kind, entry.id, entry.version),
    meta: { silent: true },
    onSuccess: async (record) => {
      await refreshAfterDirectoryWrite(queryClient, kind);
      toastStore.show({
        kind: 'success',
        message: t('delete.done', { name: entry.name }),
        action: {
          label: tc('actions.undo'),
          run: () => {
            void profileApi.restore(kind, entry.id, record.version).then(() => refreshAfterDirectoryWrite(queryClient, kind));
          },
        },
      });
      onClose();
    },
  });
  const refusal = isInUse(remove.error) ? remove.error : null;
  const references = useQuery({ ...profileQueries.references(kind, entry.id), enabled: refusal !== null });
  const usedBy = refusal ? Number(refusal.problem.usedByCount ?? references.data?.total ?? 0) : 0;

  return (
    <section className="action-panel delete-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('delete.heading', { name: entry.name })}
      </h2>
      {refusal ? (
        <div role="alert" className="refusal">
          <p>
            <strong>{t('delete.inUse', { name: entry.name, count: usedBy })}</strong>
          </p>
          <p>{t(inUseHintKey)}</p>
        </div>
      ) : (
        <p>{t('delete.explain')}</p>
      )}
      {refusal && references.data && <References summary={references.data} />}
      {remove.error && !refusal && (
        <p role="alert" className="form-alert">
          {apiErrorMessage(remove.error, tc)}
        </p>
      )}
      <div className="form-actions">
        {!refusal && (
          <button type="button" className="danger" disabled={remove.isPending} onClick={() => remove.mutate()}>
            {t('delete.confirm', { name: entry.name })}
          </button>
        )}
        <button type="button" className="secondary" onClick={onClose}>
          {refusal ? tc('actions.close') : tc('actions.cancel')}
        </button>
      </div>
    </section>
  );
}
