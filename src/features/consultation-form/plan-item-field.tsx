import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { planQueries } from '@/api/queries/plans';
import { formatFuzzyDate } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { useFormApi } from './form-context';
import { fieldId } from './validation';
import { planItemQuery } from './queries';

/**
 * The cooperation plan item the consultation fulfils: first the plan (those of the chosen parties
 * come first), then one of its items.
 */
export function PlanItemField() {
  const { t } = useTranslation('consultationForm');
  const { t: tCommon } = useTranslation();
  const language = useLanguage();
  const { values, update, error } = useFormApi();
  const itemId = values.planItemId;
  const item = useQuery({ ...planItemQuery(itemId ?? ''), enabled: Boolean(itemId) });
  const [chosenPlan, setChosenPlan] = useState<string | null>(null);
  const planId = chosenPlan ?? item.data?.planId ?? '';
  const plans = useQuery(planQueries.list()).data?.items ?? [];
  const items = useQuery({ ...planQueries.items(planId), enabled: Boolean(planId) }).data ?? [];
  const parties = values.delegations.map((d) => d.partyId).filter((p): p is string => Boolean(p));
  const fits = (partyIds: string[]) =>
    parties.length > 0 && parties.every((p) => partyIds.includes(p));
  const ordered = [
    ...plans.filter((p) => fits(p.partyIds)),
    ...plans.filter((p) => !fits(p.partyIds)),
  ];
  const planSelectId = fieldId('planId');
  const itemSelectId = fieldId('planItemId');
  const itemError = error('planItemId');

  return (
    <div className="cf-grid cf-plan">
      <div className="cf-field">
        <label htmlFor={planSelectId}>{t('plan.plan')}</label>
        <select
          id={planSelectId}
          value={planId}
          onChange={(e) => {
            setChosenPlan(e.target.value);
            if (values.planItemId)
              update('planItemId', (v) => ({ ...v, planItemId: null }), { touch: true });
          }}
        >
          <option value="">{t('plan.none')}</option>
          {ordered.map((p) => (
            <option key={p.id} value={p.id}>
              {localize(p.title, language)}
            </option>
          ))}
        </select>
      </div>
      <div className="cf-field">
        <label htmlFor={itemSelectId}>{t('fields.planItemId')}</label>
        <select
          id={itemSelectId}
          value={itemId ?? ''}
          disabled={!planId}
          aria-invalid={Boolean(itemError) || undefined}
          aria-describedby={itemError ? `${itemSelectId}-message` : undefined}
          onChange={(e) =>
            update('planItemId', (v) => ({ ...v, planItemId: e.target.value || null }), {
              touch: true,
            })
          }
        >
          <option value="">{t('plan.noItem')}</option>
          {items.map((i) => (
            <option key={i.id} value={i.id}>
              {i.title} — {formatFuzzyDate(i.period, language, tCommon)}
            </option>
          ))}
        </select>
        {itemError && (
          <p id={`${itemSelectId}-message`} className="field-error">
            {itemError}
          </p>
        )}
      </div>
    </div>
  );
}
