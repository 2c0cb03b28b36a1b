import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '@/api/client';
import { directoryApi } from '@/api/queries/directory';
import { profileApi, profileQueries, refreshAfterDirectoryWrite } from '@/api/queries/profiles';
import type { ProfileKind } from '@/api/schemas/profiles';
import { apiErrorMessage } from '@/lib/api-error-message';
import { toastStore } from '@/lib/toasts';
import { ReferenceList } from '../reference-list';

interface Props {
  kind: ProfileKind;
  entry: { id: string; version: number; name: string };
  onClose: () => void;
}

const isInUse = (error: unknown): error is ApiRequestError =>
  error instanceof ApiRequestError && error.status === 409 && error.problem.title === 'in_use';

/**
 * Deleting an entry. The API refuses while anything still points at it; the refusal is shown with
 * the list of those records, each a link, so the analyst can fix them or merge instead.
 */
export function DeletePanel({ kind, entry, onClose }: Props) {
  const { t } = useTranslation('participants');
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
            void profileApi
              .restore(kind, entry.id, record.version)
              .then(() => refreshAfterDirectoryWrite(queryClient, kind));
          },
        },
      });
      onClose();
    },
  });
  const refusal = isInUse(remove.error) ? remove.error : null;
  const inUse = refusal !== null;
  const references = useQuery({ ...profileQueries.references(kind, entry.id), enabled: inUse });
  const usedBy = refusal ? Number(refusal.problem.usedByCount ?? references.data?.total ?? 0) : 0;

  return (
    <section className="action-panel delete-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('delete.heading', { name: entry.name })}
      </h2>
      {inUse ? (
        <div role="alert" className="refusal">
          <p>
            <strong>{t('delete.inUse', { name: entry.name, count: usedBy })}</strong>
          </p>
          <p>{t(kind === 'party' ? 'delete.inUseHintParty' : 'delete.inUseHint')}</p>
        </div>
      ) : (
        <p>{t('delete.explain')}</p>
      )}
      {inUse && references.data && <ReferenceList summary={references.data} />}
      {remove.error && !inUse && (
        <p role="alert" className="form-alert">
          {apiErrorMessage(remove.error, tc)}
        </p>
      )}
      <div className="form-actions">
        {!inUse && (
          <button
            type="button"
            className="danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate()}
          >
            {t('delete.confirm', { name: entry.name })}
          </button>
        )}
        <button type="button" className="secondary" onClick={onClose}>
          {inUse ? tc('actions.close') : tc('actions.cancel')}
        </button>
      </div>
    </section>
  );
}
