import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiRequestError } from '@/api/client';
import { directoryApi } from '@/api/queries/directory';
import { profileQueries, refreshAfterDirectoryWrite } from '@/api/queries/profiles';
import { EntityPicker } from '@/components/entity-picker';
import { apiErrorMessage } from '@/lib/api-error-message';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { toastStore } from '@/lib/toasts';
import { TopicReferences } from './topic-references';
import { useTopicMessage } from './use-topic-message';

/**
 * Merging two topics that mean the same: every consultation tagged with the one that goes is
 * tagged with the one that stays, its subtopics move under the survivor, and nothing is lost.
 */
export function TopicMergePanel({
  topic,
  onClose,
}: {
  topic: { id: string; name: string };
  onClose: () => void;
}) {
  const { t } = useTranslation('topics');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const message = useTopicMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [keep, setKeep] = useState<'other' | 'this'>('other');
  useEffect(() => headingRef.current?.focus(), []);

  const sourceId = keep === 'other' ? topic.id : (otherId ?? '');
  const targetId = keep === 'other' ? (otherId ?? '') : topic.id;
  const preview = useQuery({
    ...profileQueries.mergePreview('topic', sourceId, targetId),
    enabled: Boolean(otherId),
  });
  const refusal =
    preview.error instanceof ApiRequestError && preview.error.status === 422
      ? preview.error.problem.errors?.[0]?.code
      : undefined;
  const source = preview.data ? localize(preview.data.source.name, language) : '';
  const target = preview.data ? localize(preview.data.target.name, language) : '';
  const merge = useMutation({
    mutationFn: () => directoryApi.merge('topic', sourceId, targetId),
    meta: { silent: true },
    onSuccess: async () => {
      await refreshAfterDirectoryWrite(queryClient, 'topic', 'merge');
      toastStore.show({ kind: 'success', message: t('merge.done', { source, target }) });
      onClose();
      await navigate(paths.topic(targetId));
    },
  });

  return (
    <section className="action-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('merge.heading')}
      </h2>
      <p>{t('merge.intro')}</p>
      <EntityPicker
        kind="topic"
        label={t('merge.other')}
        value={otherId}
        onChange={setOtherId}
        error={refusal ? message(refusal) : undefined}
      />
      {otherId && (
        <fieldset className="choice-group">
          <legend>{t('merge.keepWhich')}</legend>
          <label className="choice">
            <input
              type="radio"
              name={`${id}-keep`}
              checked={keep === 'other'}
              onChange={() => setKeep('other')}
            />
            {t('merge.keepOther')}
          </label>
          <label className="choice">
            <input
              type="radio"
              name={`${id}-keep`}
              checked={keep === 'this'}
              onChange={() => setKeep('this')}
            />
            {t('merge.keepThis', { name: topic.name })}
          </label>
        </fieldset>
      )}
      {preview.data && (
        <div className="merge-preview" aria-live="polite">
          <h3>{t('merge.whatMoves')}</h3>
          <p>{t('merge.summary', { source, target })}</p>
          {preview.data.moves.total === 0 ? (
            <p className="muted">{t('merge.nothingMoves')}</p>
          ) : (
            <TopicReferences summary={preview.data.moves} />
          )}
        </div>
      )}
      {merge.error && (
        <p role="alert" className="form-alert">
          {apiErrorMessage(merge.error, tc)}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          disabled={!preview.data || merge.isPending}
          onClick={() => merge.mutate()}
        >
          {preview.data ? t('merge.confirm', { source, target }) : t('merge.confirmDisabled')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {tc('actions.cancel')}
        </button>
      </div>
    </section>
  );
}
