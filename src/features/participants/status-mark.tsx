import { useTranslation } from 'react-i18next';
import type { ConsultationStatus, FuzzyDate } from '@/api/schemas';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';

/** Each status its own shape as well as its colour: held ●, planned ○, postponed ◐, cancelled ✕. */
const shapes: Record<ConsultationStatus | 'overdue', string> = {
  held: '●',
  planned: '○',
  postponed: '◐',
  cancelled: '✕',
  overdue: '!',
};

/** A planned meeting whose whole period has passed is overdue, not planned. */
export const shownStatus = (
  status: ConsultationStatus,
  date: FuzzyDate,
  today: string,
): ConsultationStatus | 'overdue' =>
  status === 'planned' && fuzzyDateEnd(date) < today ? 'overdue' : status;

export function StatusMark({ status }: { status: ConsultationStatus | 'overdue' }) {
  const { t } = useTranslation();
  return (
    <span className={`status-mark status-${status}`}>
      <span aria-hidden="true">{shapes[status]}</span> {t(`fulfilment.${status}`)}
    </span>
  );
}
