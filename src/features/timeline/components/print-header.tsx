import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFilterChips } from '@/components/filter-bar/use-filter-labels';
import { formatDateTime } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import type { TimelineGrouping } from '@/api/schemas/timeline';
import type { ConsultationFilterParams } from '@/lib/consultation-filter-params';
import type { ViewWindow } from '../lib/view-window';
import { periodLabel } from '../lib/labels';

/** The head of the printed report: what it shows — the period, the filters, the grouping — and when. */
export const PrintHeader = memo(function PrintHeader({
  filters,
  window,
  group,
}: {
  filters: ConsultationFilterParams;
  window: ViewWindow | null;
  group: TimelineGrouping;
}) {
  const { t } = useTranslation('timeline');
  const language = useLanguage();
  const chips = useFilterChips(filters);
  return (
    <header className="tl-print-header" data-testid="print-header">
      <p className="tl-print-title">{t('print.title')}</p>
      <dl>
        <div>
          <dt>{t('print.period')}</dt>
          <dd>{window ? periodLabel(window.start, window.end, language, t) : '—'}</dd>
        </div>
        <div>
          <dt>{t('print.filters')}</dt>
          <dd>{chips.length ? chips.map((c) => c.label).join('; ') : t('print.noFilters')}</dd>
        </div>
        <div>
          <dt>{t('print.group')}</dt>
          <dd>{t(`groupOption.${group}`)}</dd>
        </div>
        <div>
          <dt>{t('print.printedOn')}</dt>
          <dd>{formatDateTime(new Date().toISOString(), language)}</dd>
        </div>
      </dl>
    </header>
  );
});
