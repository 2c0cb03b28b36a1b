import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '@/api/client';
import { ConsultationSummary, pageOf } from '@/api/schemas';
import { entryName, useDirectoryLookup } from '@/components/entity-name';
import type { ConsultationFilterParams } from '@/lib/consultation-filter-params';
import { toCsv, type CsvColumn } from '@/lib/csv';
import { downloadFile } from '@/lib/download';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';
import { consultationsToIcs } from '@/lib/ical';
import { formatFuzzyDate, formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { paths } from '@/lib/paths';
import { toastStore } from '@/lib/toasts';
import { apiErrorMessage } from '@/lib/api-error-message';
import { counterpartIds } from '@/lib/counterparts';
import { collectPages, EXPORT_CAP } from './export-rows';
import { sortParam, type Sort } from './list-view';

const SummaryPage = pageOf(ConsultationSummary);

interface ExportButtonsProps {
  filters: ConsultationFilterParams;
  sort: Sort;
  total: number;
}

/** The filtered set (not only the page on screen) as a calendar or a spreadsheet, in the list's order. */
export function ExportButtons({ filters, sort, total }: ExportButtonsProps) {
  const { t } = useTranslation('consultations');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const parties = useDirectoryLookup('party');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const busy = useRef(false);

  const partyNames = (ids: readonly string[]) =>
    ids.map((id) => entryName(parties.get(id), language) || id).join(', ');

  const run = async (kind: 'ics' | 'csv') => {
    if (busy.current) return;
    busy.current = true;
    setProgress({ done: 0, total: Math.min(total, EXPORT_CAP) });
    try {
      const {
        rows,
        total: all,
        capped,
      } = await collectPages(
        (offset, limit, signal) =>
          request('/consultations', {
            schema: SummaryPage,
            query: { ...filters, sort: sortParam(sort), offset, limit },
            signal,
          }),
        { onProgress: (done, of) => setProgress({ done, total: of }) },
      );
      const stamp = new Date().toISOString().slice(0, 10);
      if (kind === 'csv') {
        const columns: CsvColumn<ConsultationSummary>[] = [
          {
            header: t('export.columns.date'),
            value: (c) => formatFuzzyDate(c.date, language, tCommon),
          },
          { header: t('export.columns.start'), value: (c) => c.date.start },
          { header: t('export.columns.end'), value: (c) => fuzzyDateEnd(c.date) },
          {
            header: t('export.columns.precision'),
            value: (c) => tCommon(`precision.${c.date.precision}`),
          },
          {
            header: t('export.columns.approximate'),
            value: (c) => (c.date.approximate ? t('export.yes') : ''),
          },
          { header: t('list.columns.title'), value: (c) => c.title },
          {
            header: t('list.columns.counterparts'),
            value: (c) => partyNames(counterpartIds(c.partyIds, parties)),
          },
          { header: t('export.columns.parties'), value: (c) => partyNames(c.partyIds) },
          { header: t('list.columns.level'), value: (c) => tCommon(`level.${c.level}`) },
          { header: t('list.columns.format'), value: (c) => tCommon(`format.${c.format}`) },
          { header: t('list.columns.status'), value: (c) => tCommon(`status.${c.status}`) },
          { header: t('export.columns.city'), value: (c) => c.city },
          {
            header: t('export.columns.link'),
            value: (c) => new URL(paths.consultation(c.id), window.location.origin).href,
          },
        ];
        downloadFile(`consultations-${stamp}.csv`, 'text/csv', await toCsv(rows, columns));
      } else {
        const ics = await consultationsToIcs(rows, {
          calendarName: t('export.calendarName'),
          descriptionOf: (c) =>
            [partyNames(counterpartIds(c.partyIds, parties)), tCommon(`status.${c.status}`)]
              .filter(Boolean)
              .join(' — '),
          urlOf: (c) => new URL(paths.consultation(c.id), window.location.origin).href,
        });
        downloadFile(`consultations-${stamp}.ics`, 'text/calendar', ics);
      }
      toastStore.show({
        kind: capped ? 'info' : 'success',
        message: capped
          ? t('export.capped', {
              count: rows.length,
              formatted: formatNumber(rows.length, language),
              all: formatNumber(all, language),
            })
          : t('export.done', {
              count: rows.length,
              formatted: formatNumber(rows.length, language),
            }),
      });
    } catch (error) {
      toastStore.show({ kind: 'error', message: apiErrorMessage(error, tCommon) });
    } finally {
      busy.current = false;
      setProgress(null);
    }
  };

  return (
    <div className="export-buttons no-print">
      <button
        type="button"
        className="secondary"
        disabled={progress !== null}
        onClick={() => void run('ics')}
      >
        {t('export.ics')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={progress !== null}
        onClick={() => void run('csv')}
      >
        {t('export.csv')}
      </button>
      {total > EXPORT_CAP && !progress && (
        <p>{t('export.capNotice', { cap: formatNumber(EXPORT_CAP, language) })}</p>
      )}
      {progress && (
        <p role="status">
          {t('export.progress', {
            done: formatNumber(progress.done, language),
            total: formatNumber(progress.total, language),
          })}
        </p>
      )}
    </div>
  );
}
