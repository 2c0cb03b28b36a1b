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
import { ReferenceList } from '../reference-list';
import { useFieldMessage } from './use-field-message';

interface Props {
  kind: 'body' | 'person';
  entry: { id: string; partyId: string; name: string };
  onClose: () => void;
}

/**
 * Merging two duplicates: pick the other entry, choose which of the two survives, see what would
 * move (the API checks the merge without doing it), then confirm. Everything linked to the
 * duplicate moves to the survivor, and the merge is in both entries' history.
 */
export function MergePanel({ kind, entry, onClose }: Props) {
  const { t } = useTranslation('participants');
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const message = useFieldMessage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [keep, setKeep] = useState<'other' | 'this'>('other');
  useEffect(() => headingRef.current?.focus(), []);

  const sourceId = keep === 'other' ? entry.id : (otherId ?? '');
  const targetId = keep === 'other' ? (otherId ?? '') : entry.id;
  const preview = useQuery({
    ...profileQueries.mergePreview(kind, sourceId, targetId),
    enabled: Boolean(otherId),
  });
  const refusal =
    preview.error instanceof ApiRequestError && preview.error.status === 422
      ? preview.error.problem.errors?.[0]?.code
      : undefined;
  const sourceName = preview.data ? localize(preview.data.source.name, language) : '';
  const targetName = preview.data ? localize(preview.data.target.name, language) : '';

  const merge = useMutation({
    mutationFn: () => directoryApi.merge(kind, sourceId, targetId),
    meta: { silent: true },
    onSuccess: async () => {
      await refreshAfterDirectoryWrite(queryClient, kind, 'merge');
      toastStore.show({
        kind: 'success',
        message: t('merge.done', { source: sourceName, target: targetName }),
      });
      onClose();
      await navigate(paths.participant(kind, targetId));
    },
  });

  return (
    <section className="action-panel merge-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('merge.heading')}
      </h2>
      <p>{t(`merge.intro.${kind}`)}</p>
      <EntityPicker
        kind={kind}
        label={t(`merge.other.${kind}`)}
        value={otherId}
        onChange={setOtherId}
        party={[entry.partyId]}
        hint={t('merge.sameParty')}
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
            {t('merge.keepThis', { name: entry.name })}
          </label>
        </fieldset>
      )}
      {preview.isFetching && <p role="status">{tc('state.loading')}</p>}
      {preview.data && (
        <div className="merge-preview" aria-live="polite">
          <h3>{t('merge.whatMoves')}</h3>
          <p>{t('merge.summary', { source: sourceName, target: targetName })}</p>
          {preview.data.moves.total === 0 ? (
            <p className="muted">{t('merge.nothingMoves')}</p>
          ) : (
            <ReferenceList summary={preview.data.moves} />
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
          {preview.data
            ? t('merge.confirm', { source: sourceName, target: targetName })
            : t('merge.confirmDisabled')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {tc('actions.cancel')}
        </button>
      </div>
    </section>
  );
}
