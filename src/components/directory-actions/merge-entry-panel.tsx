import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiRequestError } from '@/api/client';
import { directoryApi } from '@/api/queries/directory';
import { profileQueries, refreshAfterDirectoryWrite } from '@/api/queries/profiles';
import type { MergeableKind, ReferenceSummary } from '@/api/schemas/profiles';
import { EntityPicker } from '@/components/entity-picker';
import { apiErrorMessage } from '@/lib/api-error-message';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { toastStore } from '@/lib/toasts';

export interface MergeEntryPanelProps {
  kind: MergeableKind;
  entry: { id: string; name: string };
  /**
   * The catalogue with the panel's words under `merge.*`; `intro` and `other` are read as
   * `merge.intro.<kind>` where the catalogue words them per kind.
   */
  namespace: 'participants' | 'topics';
  wordedPerKind?: boolean;
  /** Only entries of these parties can be merged with this one (a body or person belongs to one). */
  party?: string[];
  /** Says why the API refused a pair (a code from its 422), next to the picker. */
  refusalMessage: (code: string) => string;
  References: ComponentType<{ summary: ReferenceSummary }>;
  /** Where the survivor's page is. */
  pathOf: (id: string) => string;
  onClose: () => void;
}

/**
 * Merging two duplicates: pick the other entry, choose which of the two survives, see what would
 * move (the API checks the merge without doing it), then confirm. Everything linked to the one
 * that goes moves to the survivor, and the merge is in both entries' history.
 */
export function MergeEntryPanel(props: MergeEntryPanelProps) {
  const { kind, entry, namespace, wordedPerKind = false, References, onClose } = props;
  const { t } = useTranslation(namespace);
  const { t: tc } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [otherId, setOtherId] = useState<string | null>(null);
  const [keep, setKeep] = useState<'other' | 'this'>('other');
  useEffect(() => headingRef.current?.focus(), []);
  const worded = (key: string) => (wordedPerKind ? `merge.${key}.${kind}` : `merge.${key}`);

  const sourceId = keep === 'other' ? entry.id : (otherId ?? '');
  const targetId = keep === 'other' ? (otherId ?? '') : entry.id;
  const preview = useQuery({ ...profileQueries.mergePreview(kind, sourceId, targetId), enabled: Boolean(otherId) });
  const refusal = preview.error instanceof ApiRequestError && preview.error.status === 422 ? preview.error.problem.errors?.[0]?.code : undefined;
  const source = preview.data ? localize(preview.data.source.name, language) : '';
  const target = preview.data ? localize(preview.data.target.name, language) : '';

  const merge = useMutation({
    mutationFn: () => directoryApi.merge(kind, sourceId, targetId),
    meta: { silent: true },
    onSuccess: async () => {
      await refreshAfterDirectoryWrite(queryClient, kind, 'merge');
      toastStore.show({ kind: 'success', message: t('merge.done', { source, target }) });
      onClose();
      await navigate(props.pathOf(targetId));
    },
  });

  return (
    <section className="action-panel merge-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {t('merge.heading')}
      </h2>
      <p>{t(worded('intro'))}</p>
      <EntityPicker
        kind={kind}
        label={t(worded('other'))}
        value={otherId}
        onChange={setOtherId}
        {...(props.party ? { party: props.party, hint: t('merge.sameParty') } : {})}
        error={refusal ? props.refusalMessage(refusal) : undefined}
      />
      {otherId && (
        <fieldset className="choice-group">
          <legend>{t('merge.keepWhich')}</legend>
          <label className="choice">
            <input type="radio" name={`${id}-keep`} checked={keep === 'other'} onChange={() => setKeep('other')} />
            {t('merge.keepOther')}
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-keep`} checked={keep === 'this'} onChange={() => setKeep('this')} />
            {t('merge.keepThis', { name: entry.name })}
          </label>
        </fieldset>
      )}
      {preview.isFetching && <p role="status">{tc('state.loading')}</p>}
      {preview.data && (
        <div className="merge-preview" aria-live="polite">
          <h3>{t('merge.whatMoves')}</h3>
          <p>{t('merge.summary', { source, target })}</p>
          {preview.data.moves.total === 0 ? <p className="muted">{t('merge.nothingMoves')}</p> : <References summary={preview.data.moves} />}
        </div>
      )}
      {merge.error && (
        <p role="alert" className="form-alert">
          {apiErrorMessage(merge.error, tc)}
        </p>
      )}
      <div className="form-actions">
        <button type="button" disabled={!preview.data || merge.isPending} onClick={() => merge.mutate()}>
          {preview.data ? t('merge.confirm', { source, target }) : t('merge.confirmDisabled')}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          {tc('actions.cancel')}
        </button>
      </div>
    </section>
  );
}
