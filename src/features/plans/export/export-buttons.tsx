import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanItemWithFulfilment, PlanWithFulfilment } from '@/api/schemas';
import { toastStore } from '@/lib/toasts';
import { useNames } from '../lib/use-names';
import { exportPlanCsv, exportPlanIcs } from './export-plan';

/** Downloads of the items shown (the filters apply): a calendar to send, a table to work in. */
export function ExportButtons({
  plan,
  items,
}: {
  plan: PlanWithFulfilment;
  items: readonly PlanItemWithFulfilment[];
}) {
  const { t } = useTranslation('plans');
  const names = useNames();
  const [busy, setBusy] = useState(false);
  const run = async (kind: 'ics' | 'csv') => {
    setBusy(true);
    try {
      const context = { names, t, origin: window.location.origin };
      await (kind === 'ics'
        ? exportPlanIcs(plan, items, context)
        : exportPlanCsv(plan, items, context));
    } catch {
      toastStore.show({ kind: 'error', message: t('export.failed') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div
      className="export-buttons"
      role="group"
      aria-label={t('export.label', { count: items.length })}
    >
      <button
        type="button"
        className="secondary"
        disabled={busy || !items.length}
        onClick={() => void run('ics')}
      >
        {t('export.ics')}
      </button>
      <button
        type="button"
        className="secondary"
        disabled={busy || !items.length}
        onClick={() => void run('csv')}
      >
        {t('export.csv')}
      </button>
    </div>
  );
}
