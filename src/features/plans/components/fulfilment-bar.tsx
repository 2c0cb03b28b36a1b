import { useTranslation } from 'react-i18next';
import { fulfilments, type Fulfilment, type FulfilmentCounts } from '@/api/schemas';
import { formatNumber } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import '../plans.css';

/** Held first: the bar reads from done to not done. */
const order: readonly Fulfilment[] = ['held', 'planned', 'postponed', 'cancelled', 'overdue'];

/**
 * A plan's fulfilment at a glance: a stacked bar (each state with its own colour and pattern) that
 * screen readers hear as one sentence, and the numbers written out beside it.
 */
export function FulfilmentBar({
  counts,
  compact = false,
}: {
  counts: FulfilmentCounts;
  compact?: boolean;
}) {
  const { t } = useTranslation('plans');
  const language = useLanguage();
  const total = fulfilments.reduce((sum, f) => sum + counts[f], 0);
  const present = order.filter((f) => counts[f] > 0);
  const summary = present.length
    ? present
        .map((f) => t('fulfilment.count', { count: counts[f], state: t(`common:fulfilment.${f}`) }))
        .join(', ')
    : t('fulfilment.none');
  return (
    <div className={`fulfilment${compact ? ' fulfilment-compact' : ''}`}>
      <div
        className="fulfilment-bar"
        role="img"
        aria-label={t('fulfilment.label', { count: total, summary })}
      >
        {present.map((f) => (
          <span
            key={f}
            className={`fulfilment-segment state-${f}`}
            style={{ flexGrow: counts[f] }}
          />
        ))}
      </div>
      <ul className="fulfilment-counts" aria-hidden="true">
        {present.map((f) => (
          <li key={f}>
            <span className={`swatch state-${f}`} />
            {formatNumber(counts[f], language)} {t(`common:fulfilment.${f}`)}
          </li>
        ))}
        {!present.length && <li>{t('fulfilment.none')}</li>}
      </ul>
    </div>
  );
}
