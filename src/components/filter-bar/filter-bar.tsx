import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  consultationFormats,
  consultationKinds,
  consultationLevels,
  consultationStatuses,
  type ConsultationFacets,
} from '@/api/schemas';
import { EntityMultiPicker } from '@/components/entity-picker';
import {
  serializeConsultationFilters,
  type ConsultationFilterParams,
} from '@/lib/consultation-filter-params';
import { CheckboxGroup, SelectField, useCountLabel } from './choice-group';
import { FilterChips } from './filter-chips';
import { PeriodFields } from './period-fields';
import { usePlanTitles } from './use-filter-labels';
import './filter-bar.css';

export interface FilterBarProps {
  value: ConsultationFilterParams;
  onChange: (next: ConsultationFilterParams) => void;
  /** Counts per value in the current view, shown beside statuses, kinds, levels, formats and plans. */
  facets?: ConsultationFacets;
  /** Offers the choice between current, all and deleted records (for those who restore them). */
  showDeleted?: boolean;
}

/** Set filters among those behind "More filters". */
const secondaryCount = (f: ConsultationFilterParams): number =>
  (f.body?.length ?? 0) +
  (f.person?.length ?? 0) +
  (f.plan?.length ?? 0) +
  (f.level?.length ?? 0) +
  (f.kind ? 1 : 0) +
  (f.format ? 1 : 0) +
  (f.includeDeleted || f.onlyDeleted ? 1 : 0);

/** Free text is applied once typing pauses, so that each keystroke does not start a search. */
const SEARCH_DELAY_MS = 300;

const withList = <K extends keyof ConsultationFilterParams>(
  filters: ConsultationFilterParams,
  key: K,
  value: ConsultationFilterParams[K],
): ConsultationFilterParams => {
  const next = { ...filters, [key]: value };
  if (Array.isArray(value) && value.length === 0) delete next[key];
  if (value === undefined) delete next[key];
  return next;
};

/**
 * Every filter of the consultations API in one search form: period, parties, bodies, people,
 * topics, plans, status, kind, level, format and free text, with the active filters as removable
 * chips. It holds no filters itself: the page keeps them (in its address) and gets every change.
 */
export function FilterBar({
  value: given,
  onChange: report,
  facets,
  showDeleted = false,
}: FilterBarProps) {
  const { t } = useTranslation('filters');
  const id = useId();
  // What the controls show: a change shows at once, before the page has written it to its address
  // and read it back (with a large store that round trip can take a moment). A value from the page
  // replaces it, unless it is one of our own earlier changes arriving late (quick clicks).
  const [value, setValue] = useState(given);
  const givenKey = serializeConsultationFilters(given).toString();
  const latestGiven = useRef(given);
  latestGiven.current = given;
  const reported = useRef<string[]>([]);
  useEffect(() => {
    const index = reported.current.indexOf(givenKey);
    const stale = index !== -1 && index < reported.current.length - 1;
    reported.current = index === -1 ? [] : reported.current.slice(index + 1);
    if (!stale) setValue(latestGiven.current);
  }, [givenKey]);
  const onChange = (next: ConsultationFilterParams) => {
    setValue(next);
    reported.current.push(serializeConsultationFilters(next).toString());
    report(next);
  };
  const set = <K extends keyof ConsultationFilterParams>(
    key: K,
    next: ConsultationFilterParams[K],
  ) => onChange(withList(value, key, next));

  // The text being typed; what was last applied tells a change from outside (back, clear all).
  const [text, setText] = useState(value.q ?? '');
  const applied = useRef(value.q ?? '');
  useEffect(() => {
    if ((value.q ?? '') !== applied.current) {
      applied.current = value.q ?? '';
      setText(value.q ?? '');
    }
  }, [value.q]);
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };
  const applyText = (raw: string) => {
    const q = raw.trim();
    if (q === (latest.current.value.q ?? '')) return;
    applied.current = q;
    latest.current.onChange(withList(latest.current.value, 'q', q || undefined));
  };
  useEffect(() => {
    const timer = setTimeout(() => applyText(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
    // applyText reads the latest filters through a ref; only the text restarts the wait.
  }, [text]);

  // The filters used less often wait behind "More filters"; it opens by itself when one is set.
  const moreCount = secondaryCount(value);
  const [moreOpen, setMoreOpen] = useState(moreCount > 0);
  useEffect(() => {
    if (moreCount > 0) setMoreOpen(true);
  }, [moreCount]);

  const plans = usePlanTitles();
  const planCount = useCountLabel(facets?.plan);
  const chosenPlans = value.plan ?? [];

  return (
    <form
      role="search"
      aria-label={t('title')}
      className="filter-bar no-print"
      onSubmit={(event) => {
        event.preventDefault();
        applyText(text);
      }}
    >
      <div className="filter-bar-search">
        <label htmlFor={`${id}-q`}>{t('search')}</label>
        <div className="filter-bar-search-row">
          <input
            id={`${id}-q`}
            type="search"
            data-search-input=""
            maxLength={200}
            value={text}
            placeholder={t('searchPlaceholder')}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit">{t('common:actions.search')}</button>
        </div>
      </div>

      <PeriodFields
        from={value.from}
        to={value.to}
        facetYears={facets?.year.map((y) => y.value)}
        onChange={({ from, to }) => {
          const next = { ...value, from, to };
          if (!from) delete next.from;
          if (!to) delete next.to;
          onChange(next);
        }}
      />

      <div className="filter-bar-main">
        <EntityMultiPicker
          kind="party"
          label={t('party')}
          value={value.party ?? []}
          onChange={(ids) => set('party', ids)}
        />
        <EntityMultiPicker
          kind="topic"
          label={t('topic')}
          value={value.topic ?? []}
          onChange={(ids) => set('topic', ids)}
        />
        <CheckboxGroup
          legend={t('status')}
          options={consultationStatuses}
          labelOf={(s) => t(`common:status.${s}`)}
          value={value.status}
          counts={facets?.status}
          onChange={(next) => set('status', next)}
        />
      </div>

      <div className="filter-bar-more-toggle">
        <button
          type="button"
          className="link-button"
          aria-expanded={moreOpen}
          aria-controls={`${id}-more`}
          onClick={() => setMoreOpen((open) => !open)}
        >
          {moreOpen
            ? t('fewer')
            : moreCount > 0
              ? t('moreSet', { count: moreCount })
              : t('more')}
        </button>
      </div>
      <div id={`${id}-more`} className="filter-bar-more" hidden={!moreOpen}>
        <div className="filter-bar-pickers">
          <EntityMultiPicker
            kind="body"
            label={t('body')}
            party={value.party}
            value={value.body ?? []}
            onChange={(ids) => set('body', ids)}
          />
          <EntityMultiPicker
            kind="person"
            label={t('person')}
            party={value.party}
            value={value.person ?? []}
            onChange={(ids) => set('person', ids)}
          />
        </div>
        <div className="filter-bar-choices">
          <CheckboxGroup
            legend={t('level')}
            options={consultationLevels}
            labelOf={(l) => t(`common:level.${l}`)}
            value={value.level}
            counts={facets?.level}
            onChange={(next) => set('level', next)}
          />
          <div className="filter-bar-selects">
            <SelectField
              label={t('kind')}
              anyLabel={t('anyKind')}
              options={consultationKinds}
              labelOf={(k) => t(`common:kind.${k}`)}
              value={value.kind}
              counts={facets?.kind}
              onChange={(next) => set('kind', next)}
            />
            <SelectField
              label={t('format')}
              anyLabel={t('anyFormat')}
              options={consultationFormats}
              labelOf={(f) => t(`common:format.${f}`)}
              value={value.format}
              counts={facets?.format}
              onChange={(next) => set('format', next)}
            />
            <label className="filter-bar-field">
              <span>{t('plan')}</span>
              <select
                value={
                  chosenPlans.length === 1 ? chosenPlans[0] : chosenPlans.length > 1 ? '*' : ''
                }
                onChange={(event) =>
                  set('plan', event.target.value ? [event.target.value] : undefined)
                }
              >
                <option value="">{t('anyPlan')}</option>
                {chosenPlans.length > 1 && (
                  <option value="*" disabled>
                    {t('plansChosen', { count: chosenPlans.length })}
                  </option>
                )}
                {[...plans].map(([planId, title]) => (
                  <option key={planId} value={planId}>
                    {planCount(planId, title)}
                  </option>
                ))}
              </select>
            </label>
            {showDeleted && (
              <label className="filter-bar-field">
                <span>{t('deleted')}</span>
                <select
                  value={value.onlyDeleted ? 'only' : value.includeDeleted ? 'include' : ''}
                  onChange={(event) => {
                    const next = { ...value };
                    delete next.onlyDeleted;
                    delete next.includeDeleted;
                    if (event.target.value === 'only') next.onlyDeleted = 'true';
                    if (event.target.value === 'include') next.includeDeleted = 'true';
                    onChange(next);
                  }}
                >
                  <option value="">{t('deletedExclude')}</option>
                  <option value="include">{t('deletedInclude')}</option>
                  <option value="only">{t('deletedOnly')}</option>
                </select>
              </label>
            )}
          </div>
        </div>
      </div>

      <FilterChips value={value} onChange={onChange} />
    </form>
  );
}
