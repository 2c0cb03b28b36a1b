import { useTranslation } from 'react-i18next';
import type { ConsultationStatus } from '@/api/schemas';

/**
 * A status as a word and a shape, each status its own shape (held ●, planned ○, postponed ◐,
 * cancelled ✕), so the colour is never the only signal.
 */
const shapes: Record<ConsultationStatus, string> = {
  held: '●',
  planned: '○',
  postponed: '◐',
  cancelled: '✕',
};

export function StatusBadge({ status }: { status: ConsultationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status-badge status-${status}`}>
      <span className="status-shape" aria-hidden="true">
        {shapes[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}
