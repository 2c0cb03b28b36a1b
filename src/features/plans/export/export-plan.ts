import type { TFunction } from 'i18next';
import type { PlanItemWithFulfilment, PlanWithFulfilment } from '@/api/schemas';
import { toCsv, type CsvColumn } from '@/lib/csv';
import { downloadFile, fileSlug } from '@/lib/download';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';
import { planToIcs } from '@/lib/ical';
import { localize } from '@/lib/localized';
import { paths } from '@/lib/paths';
import { formatPlanDate } from '../lib/dates';
import type { Names } from '../lib/use-names';

interface ExportContext {
  names: Names;
  t: TFunction;
  /** Where the app runs, for links back to the plan from a calendar event. */
  origin: string;
}

const tc = (t: TFunction) => (key: string, options?: Record<string, unknown>) =>
  t(`common:${key}`, options);

function placeText(item: PlanItemWithFulfilment, names: Names): string {
  const city = names.placeAt(item.place, item.period.start);
  const host = names.party(item.hostPartyId);
  return [city, host].filter(Boolean).join(', ');
}

function description(item: PlanItemWithFulfilment, { names, t }: ExportContext): string {
  return [
    item.bodyIds.length
      ? `${t('plans:item.bodies')}: ${item.bodyIds.map((id) => names.bodyFull(id)).join('; ')}`
      : '',
    item.hostPartyId ? `${t('plans:item.host')}: ${names.party(item.hostPartyId)}` : '',
    `${t('plans:item.fulfilment')}: ${t(`common:fulfilment.${item.fulfilment}`)}`,
    item.condition ? `${t('plans:item.condition')}: ${item.condition}` : '',
    item.description,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The plan's (shown) items as an iCalendar file: one all-day event per item. */
export async function exportPlanIcs(
  plan: PlanWithFulfilment,
  items: readonly PlanItemWithFulfilment[],
  context: ExportContext,
): Promise<void> {
  const title = localize(plan.title, context.names.language);
  const ics = await planToIcs({ id: plan.id, title }, items, {
    calendarName: title,
    locationOf: (item) => placeText(item, context.names),
    descriptionOf: (item) => description(item, context),
    urlOf: () => `${context.origin}${paths.plan(plan.id)}`,
  });
  downloadFile(`${fileSlug(plan.id, 'plan')}.ics`, 'text/calendar', ics);
}

/** The same items as a spreadsheet. */
export async function exportPlanCsv(
  plan: PlanWithFulfilment,
  items: readonly PlanItemWithFulfilment[],
  context: ExportContext,
): Promise<void> {
  const { names, t } = context;
  const columns: CsvColumn<PlanItemWithFulfilment>[] = [
    { header: t('plans:csv.item'), value: (i) => i.title },
    {
      header: t('plans:csv.period'),
      value: (i) => formatPlanDate(i.period, names.language, tc(t)),
    },
    { header: t('plans:csv.start'), value: (i) => i.period.start },
    { header: t('plans:csv.end'), value: (i) => fuzzyDateEnd(i.period) },
    { header: t('plans:csv.precision'), value: (i) => t(`common:precision.${i.period.precision}`) },
    {
      header: t('plans:csv.bodies'),
      value: (i) => i.bodyIds.map((id) => names.bodyFull(id)).join('; '),
    },
    { header: t('plans:csv.host'), value: (i) => names.party(i.hostPartyId) },
    { header: t('plans:csv.place'), value: (i) => names.placeAt(i.place, i.period.start) },
    { header: t('plans:csv.fulfilment'), value: (i) => t(`common:fulfilment.${i.fulfilment}`) },
    { header: t('plans:csv.recurring'), value: (i) => (i.recurring ? t('plans:csv.yes') : '') },
    { header: t('plans:csv.condition'), value: (i) => i.condition },
    { header: t('plans:csv.consultations'), value: (i) => i.consultationIds.length },
    { header: t('plans:csv.description'), value: (i) => i.description },
  ];
  const csv = await toCsv(items, columns);
  downloadFile(`${fileSlug(plan.id, 'plan')}.csv`, 'text/csv', csv);
}
