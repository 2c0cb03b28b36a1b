import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { planningQueries } from '@/api/queries/planning';
import type { HistoryEntry } from '@/api/schemas';
import type { PlanHistory as History } from '@/api/schemas/planning';
import { formatDateTime } from '@/lib/i18n/format';
import { localize } from '@/lib/localized';
import { useUsers } from '../lib/use-me';
import { useNames } from '../lib/use-names';

const fieldKeys = new Set([
  'title',
  'description',
  'period',
  'bodyIds',
  'place',
  'hostPartyId',
  'recurring',
  'condition',
  'partyIds',
  'signedOn',
  'approval',
  'reviews',
  'planItemId',
  'carriedFromItemId',
  'fromFollowUp',
  'deletedAt',
  'previousPlanId',
]);

/** Every step of the plan, newest first: who did what, when, to which field, and why. */
export function PlanHistorySection({ planId }: { planId: string }) {
  const { t } = useTranslation('plans');
  const history = useQuery(planningQueries.history(planId));
  const entries = history.data?.entries ?? [];
  return (
    <section className="plan-history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.title')}</h2>
      {history.isPending ? (
        <p>{t('common:state.loading')}</p>
      ) : (
        <details>
          <summary>{t('history.show', { count: entries.length })}</summary>
          <ol className="history">
            {entries.map((entry) => (
              <HistoryRow key={entry.id} entry={entry} history={history.data as History} />
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

function HistoryRow({ entry, history }: { entry: HistoryEntry; history: History }) {
  const { t } = useTranslation('plans');
  const users = useUsers();
  const names = useNames();
  const who = localize(users.get(entry.userId)?.name, names.language) || entry.userId;
  const what = describe(entry, history, t);
  const fields =
    entry.action === 'update'
      ? entry.changes.map((c) => (fieldKeys.has(c.field) ? t(`history.field.${c.field}`) : c.field))
      : [];
  return (
    <li>
      <time dateTime={entry.at}>{formatDateTime(entry.at, names.language)}</time> —{' '}
      <strong>{who}</strong>: {what}
      {fields.length > 0 && entry.entity !== 'consultation' && (
        <span className="muted"> ({fields.join(', ')})</span>
      )}
      {entry.comment && <q className="review-comment">{entry.comment}</q>}
    </li>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

function describe(entry: HistoryEntry, history: History, t: T): string {
  if (entry.entity === 'plan') return t(`history.plan.${entry.action}`);
  if (entry.entity === 'planItem')
    return t(`history.item.${entry.action === 'merge' ? 'update' : entry.action}`, {
      title: history.itemTitles[entry.entityId] ?? entry.entityId,
    });
  const change = entry.changes.find((c) => c.field === 'planItemId');
  const consultation = history.consultationTitles[entry.entityId] ?? entry.entityId;
  const to = typeof change?.to === 'string' ? change.to : null;
  const from = typeof change?.from === 'string' ? change.from : null;
  if (to && history.itemTitles[to])
    return t('history.linked', { consultation, item: history.itemTitles[to] });
  return t('history.unlinked', { consultation, item: (from && history.itemTitles[from]) || '' });
}
