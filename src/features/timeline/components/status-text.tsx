import { useTranslation } from 'react-i18next';
import type { ConsultationStatus } from '@/api/schemas';

/** A status as the timeline draws it (the same shape as its marks) and as a word. */
export function StatusText({ status, overdue = false }: { status: ConsultationStatus; overdue?: boolean }) {
  const { t } = useTranslation('timeline');
  return (
    <span className="tl-status">
      <span className={`tl-legend-sample tl-mark tl-point tl-${status}${overdue ? ' tl-overdue' : ''}`} aria-hidden="true" />
      {t(`common:status.${status}`)}
      {overdue ? `, ${t('mark.overdue')}` : null}
    </span>
  );
}
