import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { planQueries } from '@/api/queries/plans';
import { entryName, useDirectoryLookup } from '@/components/entity-name';
import type { ConsultationFilterParams, IdFilterKey } from '@/lib/consultation-filter-params';
import { formatDay } from '@/lib/i18n/format';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';

export interface FilterChip {
  key: string;
  /** What the chip says: "Status: held". */
  label: string;
  /** The filters without this one. */
  without: ConsultationFilterParams;
}

/** Plans by id, with titles in the UI language. */
export function usePlanTitles(): Map<string, string> {
  const language = useLanguage();
  const { data } = useQuery(planQueries.list());
  return useMemo(
    () => new Map((data?.items ?? []).map((plan) => [plan.id, localize(plan.title, language)])),
    [data, language],
  );
}

const drop = <T>(list: readonly T[] | undefined, item: T): T[] | undefined => {
  const next = (list ?? []).filter((v) => v !== item);
  return next.length ? next : undefined;
};

/** One chip per active filter, each able to remove itself, in the order the filters are written. */
export function useFilterChips(filters: ConsultationFilterParams): FilterChip[] {
  const { t } = useTranslation('filters');
  const language = useLanguage();
  const parties = useDirectoryLookup('party');
  const bodies = useDirectoryLookup('body');
  const people = useDirectoryLookup('person');
  const topics = useDirectoryLookup('topic');
  const plans = usePlanTitles();

  const chip = (
    key: string,
    name: string,
    value: string,
    without: ConsultationFilterParams,
  ): FilterChip => ({
    key,
    label: t('chip', { name, value }),
    without,
  });
  const chips: FilterChip[] = [];
  if (filters.from || filters.to) {
    const from = filters.from ? formatDay(filters.from, language) : '';
    const to = filters.to ? formatDay(filters.to, language) : '';
    const value =
      from && to
        ? t('between', { from, to })
        : from
          ? t('since', { date: from })
          : t('until', { date: to });
    chips.push(
      chip('period', t('period'), value, { ...filters, from: undefined, to: undefined }),
    );
  }
  if (filters.q?.trim())
    chips.push(
      chip('q', t('search'), t('quoted', { text: filters.q.trim() }), {
        ...filters,
        q: undefined,
      }),
    );

  const nameOf: Record<IdFilterKey, (id: string) => string> = {
    party: (id) => entryName(parties.get(id), language) || id,
    body: (id) => entryName(bodies.get(id), language) || id,
    person: (id) => entryName(people.get(id), language) || id,
    topic: (id) => entryName(topics.get(id), language) || id,
    plan: (id) => plans.get(id) ?? id,
    planItem: (id) => id,
  };
  for (const key of ['party', 'body', 'person', 'topic', 'plan', 'planItem'] as const) {
    for (const id of filters[key] ?? []) {
      chips.push(
        chip(`${key}:${id}`, t(`${key}`), nameOf[key](id), {
          ...filters,
          [key]: drop(filters[key], id),
        }),
      );
    }
  }
  for (const status of filters.status ?? []) {
    chips.push(
      chip(`status:${status}`, t('status'), t(`common:status.${status}`), {
        ...filters,
        status: drop(filters.status, status),
      }),
    );
  }
  if (filters.kind)
    chips.push(
      chip('kind', t('kind'), t(`common:kind.${filters.kind}`), {
        ...filters,
        kind: undefined,
      }),
    );
  for (const level of filters.level ?? []) {
    chips.push(
      chip(`level:${level}`, t('level'), t(`common:level.${level}`), {
        ...filters,
        level: drop(filters.level, level),
      }),
    );
  }
  if (filters.format)
    chips.push(
      chip('format', t('format'), t(`common:format.${filters.format}`), {
        ...filters,
        format: undefined,
      }),
    );
  if (filters.onlyDeleted || filters.includeDeleted) {
    chips.push(
      chip(
        'deleted',
        t('deleted'),
        t(filters.onlyDeleted ? 'deletedOnly' : 'deletedInclude'),
        {
          ...filters,
          onlyDeleted: undefined,
          includeDeleted: undefined,
        },
      ),
    );
  }
  return chips;
}
