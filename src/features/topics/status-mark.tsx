import { useTranslation } from 'react-i18next';
import type { ConsultationStatus, FuzzyDate } from '@/api/schemas';
import { fuzzyDateEnd } from '@/lib/fuzzy-date';

/** Each status its own shape as well as its colour; a planned meeting whose time has passed is overdue. */
const shapes: Record<ConsultationStatus | 'overdue', string> = {
  held: '●',
  planned: '○',
  postponed: '◐',
  cancelled: '✕',
  overdue: '!',
};

export function StatusMark({
  status,
  date,
  today,
}: {
  status: ConsultationStatus;
  date: FuzzyDate;
  today: string;
}) {
  const { t } = useTranslation();
  const shown = status === 'planned' && fuzzyDateEnd(date) < today ? 'overdue' : status;
  return (
    <span className={`status-mark status-${shown}`}>
      <span aria-hidden="true">{shapes[shown]}</span> {t(`fulfilment.${shown}`)}
    </span>
  );
}
