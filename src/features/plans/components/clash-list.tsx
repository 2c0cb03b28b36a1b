import { useTranslation } from 'react-i18next';
import type { Clash } from '@/api/schemas/planning';
import { formatDay, formatMonth } from '@/lib/i18n/format';
import { localize } from '@/lib/localized';
import { formatPlanDate } from '../lib/dates';
import { useNames } from '../lib/use-names';
import '../plans.css';

/** One warning as a sentence: what clashes with what, and why. */
export function useClashText() {
  const { t } = useTranslation('plans');
  const names = useNames();
  const tc = (key: string, options?: Record<string, unknown>) => t(`common:${key}`, options);
  return (clash: Clash): string => {
    const item = clash.item.title;
    const itemDate = formatPlanDate(clash.item.date, names.language, tc);
    const other = clash.other?.title ?? '';
    const otherDate = clash.other ? formatPlanDate(clash.other.date, names.language, tc) : '';
    switch (clash.kind) {
      case 'booked_twice_in_week': {
        const who = [
          ...clash.bodyIds.map((id) => names.body(id)),
          ...clash.personIds.map((id) => names.person(id)),
        ].join(', ');
        return t('clash.week', {
          who,
          item,
          itemDate,
          other,
          otherDate,
          otherKind: t(`clash.kind.${clash.other?.kind ?? 'draft'}`),
        });
      }
      case 'same_counterpart_month':
        return t('clash.month', {
          party: clash.partyIds.map((id) => names.party(id)).join(', '),
          month: formatMonth(clash.item.date.start, names.language),
          item,
          other,
        });
      case 'public_holiday':
        return t('clash.holiday', {
          item,
          date: clash.holiday ? formatDay(clash.holiday.date, names.language) : itemDate,
          country: clash.holiday ? countryName(clash.holiday.countryCode) : '',
          holiday: localize(clash.holiday?.name, names.language),
        });
    }
  };

  function countryName(code: string) {
    for (const party of names.parties.values())
      if (party.type === 'country' && party.code === code)
        return localize(party.name, names.language);
    return code;
  }
}

/** Warnings, never errors: the planner may have reasons; saving stays possible. */
export function ClashList({
  clashes,
  headingId,
  heading,
}: {
  clashes: readonly Clash[];
  headingId: string;
  heading: string;
}) {
  const { t } = useTranslation('plans');
  const text = useClashText();
  return (
    <section className="clashes" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {clashes.length === 0 ? (
        <p className="muted">{t('clash.none')}</p>
      ) : (
        <ul>
          {clashes.map((clash, i) => (
            <li
              key={`${clash.kind}-${clash.item.id}-${clash.other?.id ?? clash.holiday?.date ?? i}`}
              className={`clash clash-${clash.kind}`}
            >
              <span className="clash-icon" aria-hidden="true">
                ⚠
              </span>{' '}
              <span className="visually-hidden">{t('clash.warning')}: </span>
              {text(clash)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
