import { useTranslation } from 'react-i18next';
import type { Fulfilment, PlanStatus } from '@/api/schemas';
import '../plans.css';

/** Each state has a symbol as well as a colour, so it reads in grey print too. */
const symbols: Record<Fulfilment, string> = {
  held: '✓',
  planned: '○',
  postponed: '↻',
  cancelled: '✕',
  overdue: '!',
};

export function FulfilmentBadge({ state }: { state: Fulfilment }) {
  const { t } = useTranslation();
  return (
    <span className={`badge state-${state}`}>
      <span aria-hidden="true">{symbols[state]} </span>
      {t(`fulfilment.${state}`)}
    </span>
  );
}

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge plan-status plan-status-${status}`}>{t(`planStatus.${status}`)}</span>
  );
}
