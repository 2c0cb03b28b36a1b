import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { consultationQueries } from '@/api/queries/consultations';
import type { HistoryEntry } from '@/api/schemas';
import { formatDateTime, formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { toastStore } from '@/lib/toasts';
import { StatusBadge } from '../status-badge';
import { useCanWriteConsultations } from '../use-can-write';
import { ConfirmButton } from './confirm-button';
import { OutcomesSection, SourcesSection, SummarySection, TopicsSection } from './content-sections';
import { DelegationsSection } from './delegations-section';
import { FollowUpsSection } from './follow-ups-section';
import { HistorySection } from './history-section';
import { RecordDetails } from './record-details';
import { RecordMetaSection } from './record-meta';
import { useRecordMutations } from './record-mutations';
import { revertedInput } from './revert';
import { useUserName } from './use-names';
import '../consultations.css';

/** Everything about one consultation, its history, and (for those who may) edit, delete, restore. */
export function ConsultationRecordPage({ id }: { id: string }) {
  const { t } = useTranslation('consultations');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const canWrite = useCanWriteConsultations();
  const userName = useUserName();
  const { data: c } = useQuery(consultationQueries.detail(id));
  const { remove, restore, revert } = useRecordMutations(id);
  if (!c) return <p>{tCommon('state.loading')}</p>;

  const busy = remove.isPending || restore.isPending || revert.isPending;
  const deleted = Boolean(c.deletedAt);
  const onRevert = (entry: HistoryEntry) => {
    const data = revertedInput(c, entry.changes);
    if (data) revert.mutate({ version: c.version, data });
    else toastStore.show({ kind: 'error', message: t('record.history.cannotRevert') });
  };

  return (
    <article className="page consultation-record">
      <p className="back-link no-print">
        <Link to={paths.consultations()}>{t('record.backToList')}</Link>
      </p>
      {deleted && (
        <div className="deleted-banner" role="status">
          <p>
            <strong>{t('record.deletedBanner')}</strong>{' '}
            {c.deletedAt &&
              t('record.history.byAt', {
                name: userName(c.updatedBy),
                at: formatDateTime(c.deletedAt, language),
              })}
          </p>
          {canWrite && (
            <button type="button" disabled={busy} onClick={() => restore.mutate(c.version)}>
              {tCommon('actions.restore')}
            </button>
          )}
        </div>
      )}
      <div className="page-head">
        <h1 lang={c.language}>{c.title}</h1>
        {canWrite && !deleted && (
          <div className="record-actions no-print">
            <Link className="button-link" to={paths.editConsultation(c.id)}>
              {tCommon('actions.edit')}
            </Link>
            <ConfirmButton
              className="secondary"
              label={tCommon('actions.delete')}
              question={t('record.deleteQuestion')}
              confirmLabel={t('record.deleteConfirm')}
              busy={busy}
              onConfirm={() => remove.mutate(c.version)}
            />
          </div>
        )}
      </div>
      <p className="record-lead">
        <StatusBadge status={c.status} /> <span aria-hidden="true">·</span>{' '}
        {formatFuzzyDate(c.date, language, tCommon)}
      </p>
      <RecordDetails c={c} />
      <DelegationsSection c={c} />
      <TopicsSection c={c} />
      <SummarySection c={c} />
      <OutcomesSection c={c} />
      <FollowUpsSection c={c} />
      <SourcesSection c={c} />
      <RecordMetaSection c={c} />
      <HistorySection
        c={c}
        canWrite={canWrite}
        busy={busy}
        onRestore={() => restore.mutate(c.version)}
        onRevert={onRevert}
      />
    </article>
  );
}
