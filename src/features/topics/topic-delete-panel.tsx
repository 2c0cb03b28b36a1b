import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '@/api/client';
import { directoryApi } from '@/api/queries/directory';
import { profileQueries, refreshAfterDirectoryWrite } from '@/api/queries/profiles';
import { apiErrorMessage } from '@/lib/api-error-message';
import { TopicReferences } from './topic-references';

/** Deleting a topic; refused while consultations or subtopics still use it, with the list of them. */
export function TopicDeletePanel({
  topic,
  onClose,
}: {
  topic: { id: string; version: number; name: string };
  onClose: () => void;
}) {
  const { t } = useTranslation('topics');
  const { t: tc } = useTranslation();
  const queryClient = useQueryClient();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const remove = useMutation({
    mutationFn: () => directoryApi.remove('topic', topic.id, topic.version),
    meta: { silent: true },
    onSuccess: async () => {
      await refreshAfterDirectoryWrite(queryClient, 'topic');
      onClose();
    },
  });
  const refusal =
    remove.error instanceof ApiRequestError &&
    remove.error.status === 409 &&
    remove.error.problem.title === 'in_use'
      ? remove.error
      : null;
  const references = useQuery({
    ...profileQueries.references('topic', topic.id),
    enabled: Boolean(refusal),
  });
  return (
    <section className="action-panel delete-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('delete.heading', { name: topic.name })}
      </h2>
      {refusal ? (
        <div role="alert" className="refusal">
          <p>
            <strong>
              {t('delete.inUse', {
                name: topic.name,
                count: Number(refusal.problem.usedByCount ?? references.data?.total ?? 0),
              })}
            </strong>
          </p>
          <p>{t('delete.inUseHint')}</p>
        </div>
      ) : (
        <p>{t('delete.explain')}</p>
      )}
      {refusal && references.data && <TopicReferences summary={references.data} />}
      {remove.error && !refusal && (
        <p role="alert" className="form-alert">
          {apiErrorMessage(remove.error, tc)}
        </p>
      )}
      <div className="form-actions">
        {!refusal && (
          <button
            type="button"
            className="danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate()}
          >
            {t('delete.confirm', { name: topic.name })}
          </button>
        )}
        <button type="button" className="secondary" onClick={onClose}>
          {refusal ? tc('actions.close') : tc('actions.cancel')}
        </button>
      </div>
    </section>
  );
}
