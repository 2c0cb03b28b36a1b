import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { consultationQueries } from '@/api/queries/consultations';
import type { Consultation, HistoryEntry } from '@/api/schemas';
import { formatDateTime } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { ConfirmButton } from './confirm-button';
import { describeChanges, type DescribeContext } from './describe-change';
import { canRevert, revertedInput } from './revert';
import { useNames, useUserName } from './use-names';

interface HistorySectionProps {
  c: Consultation;
  canWrite: boolean;
  busy: boolean;
  onRestore: () => void;
  onRevert: (entry: HistoryEntry) => void;
}

/** Who changed what, when: each version, field by field, with the values before and after. */
export function HistorySection({ c, canWrite, busy, onRestore, onRevert }: HistorySectionProps) {
  const { t } = useTranslation('consultations');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const names = useNames();
  const userName = useUserName();
  const history = useQuery(consultationQueries.history(c.id));
  const ctx: DescribeContext = { t, tCommon, language, names };
  const entries = history.data?.items ?? [];
  // Only the latest deletion can be undone from here, and only while the record is deleted.
  const latestDelete = entries.find((e) => e.action === 'delete');

  return (
    <section aria-labelledby="record-history" className="record-section no-print">
      <h2 id="record-history">{t('record.history.title')}</h2>
      {history.isPending && <p>{tCommon('state.loading')}</p>}
      {history.isError && <p role="alert">{t('record.history.failed')}</p>}
      <ol className="history">
        {entries.map((entry) => {
          const changes = entry.action === 'update' ? describeChanges(entry.changes, ctx) : [];
          const revertible =
            canWrite &&
            !c.deletedAt &&
            canRevert(entry.action, entry.changes) &&
            revertedInput(c, entry.changes) !== null;
          return (
            <li key={entry.id} className={`history-entry history-${entry.action}`}>
              <p className="history-head">
                <strong>
                  {t(`record.history.action.${entry.action}`, { defaultValue: entry.action })}
                </strong>{' '}
                {t('record.history.byAt', {
                  name: userName(entry.userId),
                  at: formatDateTime(entry.at, language),
                })}{' '}
                <span className="muted">
                  {t('record.history.version', { version: entry.version })}
                </span>
              </p>
              {entry.comment && <p>{entry.comment}</p>}
              {changes.length > 0 && (
                <table className="history-changes">
                  <caption className="visually-hidden">
                    {t('record.history.changesCaption', { version: entry.version })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('record.history.field')}</th>
                      <th scope="col">{t('record.history.from')}</th>
                      <th scope="col">{t('record.history.to')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((change) => (
                      <tr key={change.field}>
                        <th scope="row">{change.label}</th>
                        <td>{change.from}</td>
                        <td>{change.to}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {revertible && (
                <ConfirmButton
                  className="secondary"
                  label={t('record.history.revert')}
                  question={t('record.history.revertQuestion', { version: entry.version })}
                  confirmLabel={t('record.history.revertConfirm')}
                  busy={busy}
                  onConfirm={() => onRevert(entry)}
                />
              )}
              {canWrite && c.deletedAt && entry === latestDelete && (
                <button type="button" className="secondary" disabled={busy} onClick={onRestore}>
                  {t('record.restoreFromHistory')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
