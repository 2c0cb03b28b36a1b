import { useTranslation } from 'react-i18next';
import type { ProposalSource, ProposedItem } from '@/api/schemas/planning';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { FulfilmentBadge } from '../components/badges';
import { formatPlanDate } from '../lib/dates';
import { useNames } from '../lib/use-names';

interface Props {
  source: ProposalSource;
  proposals: readonly ProposedItem[];
  isSelected: (key: string) => boolean;
  onToggle: (key: string, selected: boolean) => void;
  /** Refusals of the API for an item, by proposal key. */
  errors: Record<string, string | undefined>;
}

/** One group of proposed items, each a checkbox with where it comes from and where it would be held. */
export function ProposalList({ source, proposals, isSelected, onToggle, errors }: Props) {
  const { t } = useTranslation('plans');
  const tc = useTranslation().t;
  const names = useNames();
  if (!proposals.length) return null;
  return (
    <fieldset className="proposals">
      <legend>{t(`draft.group.${source}`)}</legend>
      <p className="muted">{t(`draft.groupHint.${source}`)}</p>
      <ul>
        {proposals.map((p) => {
          const item = p.item;
          const place = names.placeAt(item.place, item.period.start);
          const basedOn = p.host.basedOn;
          const errorId = `proposal-${p.key}-error`;
          return (
            <li key={p.key} className="proposal" data-bench="proposal">
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={isSelected(p.key)}
                  onChange={(e) => onToggle(p.key, e.target.checked)}
                  aria-describedby={errors[p.key] ? errorId : undefined}
                />
                <span className="proposal-title">{item.title}</span>
              </label>
              <p className="proposal-facts">
                {p.sourcePeriod && (
                  <>
                    {t('draft.was', { date: formatPlanDate(p.sourcePeriod, names.language, tc) })}{' '}
                    {p.fulfilment && <FulfilmentBadge state={p.fulfilment} />} →{' '}
                  </>
                )}
                {p.followUp && (
                  <>
                    {t('draft.agreedAt', {
                      title: p.followUp.consultationTitle,
                      date: formatFuzzyDate(p.followUp.consultationDate, names.language, tc),
                    })}{' '}
                    →{' '}
                  </>
                )}
                <strong>{formatPlanDate(item.period, names.language, tc)}</strong>
                {place && ` · ${place}`}
                {item.hostPartyId &&
                  ` · ${t('item.hostedBy', { party: names.party(item.hostPartyId) })}`}
                {item.condition && ` · ${t('item.conditionText', { condition: item.condition })}`}
              </p>
              <p className="muted proposal-reason">
                {p.host.reason === 'alternation' && basedOn
                  ? t('draft.reason.alternation', {
                      place:
                        names.placeIdAt(basedOn.placeId, basedOn.date.start) ||
                        names.party(basedOn.hostPartyId),
                      date: formatFuzzyDate(basedOn.date, names.language, tc),
                      host: names.party(basedOn.hostPartyId),
                      next: names.party(p.host.hostPartyId),
                    })
                  : t(`draft.reason.${p.host.reason}`)}
                {p.carriedInto && ` ${t('draft.alreadyCarried')}`}
              </p>
              {errors[p.key] && (
                <p id={errorId} className="field-error">
                  {errors[p.key]}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
