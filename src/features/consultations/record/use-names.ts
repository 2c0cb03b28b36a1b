import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { sessionQueries } from '@/api/queries/session';
import { entryName, entryShortName, useDirectoryLookup } from '@/components/entity-name';
import { useLanguage } from '@/lib/i18n/use-language';
import { localize } from '@/lib/localized';
import { placeNameAt } from '@/lib/place-name';
import type { NameLookup } from './describe-change';

/** Names of every directory entry a record mentions, in the UI language. */
export function useNames(): NameLookup & { bodyShort: (id: string) => string } {
  const language = useLanguage();
  const parties = useDirectoryLookup('party');
  const bodies = useDirectoryLookup('body');
  const people = useDirectoryLookup('person');
  const topics = useDirectoryLookup('topic');
  const places = useDirectoryLookup('place');
  return useMemo(
    () => ({
      party: (id: string) => entryName(parties.get(id), language) || id,
      body: (id: string) => entryName(bodies.get(id), language) || id,
      bodyShort: (id: string) => entryShortName(bodies.get(id), language) || id,
      person: (id: string) => entryName(people.get(id), language) || id,
      topic: (id: string) => entryName(topics.get(id), language) || id,
      place: (id: string, on?: string) => {
        const place = places.get(id);
        if (!place) return id;
        // A city is named as it was on the day: Nur-Sultan in 2021, Astana in 2023.
        return on ? placeNameAt(place, on, language) : entryName(place, language);
      },
    }),
    [parties, bodies, people, topics, places, language],
  );
}

/** Demo users by id, for "changed by". */
export function useUserName(): (id: string) => string {
  const language = useLanguage();
  const { data } = useQuery(sessionQueries.users());
  return useMemo(() => {
    const byId = new Map((data ?? []).map((u) => [u.id, localize(u.name, language)]));
    return (id: string) => byId.get(id) ?? id;
  }, [data, language]);
}
