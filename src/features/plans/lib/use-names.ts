import { useMemo } from 'react';
import type { PlaceRef } from '@/api/schemas';
import { entryName, entryShortName, useDirectoryLookup } from '@/components/entity-name';
import { useLanguage } from '@/lib/i18n/use-language';
import { placeNameAt } from '@/lib/place-name';

/** Names of parties, bodies and places in the UI language; places by the name valid on a date. */
export function useNames() {
  const language = useLanguage();
  const parties = useDirectoryLookup('party');
  const bodies = useDirectoryLookup('body');
  const places = useDirectoryLookup('place');
  const people = useDirectoryLookup('person');
  return useMemo(
    () => ({
      language,
      parties,
      bodies,
      places,
      party: (id: string | null | undefined) =>
        id ? entryName(parties.get(id), language) || id : '',
      partyShort: (id: string | null | undefined) =>
        id ? entryShortName(parties.get(id), language) || id : '',
      body: (id: string) => entryShortName(bodies.get(id), language) || id,
      bodyFull: (id: string) => entryName(bodies.get(id), language) || id,
      person: (id: string) => entryName(people.get(id), language) || id,
      /** "Nur-Sultan" for a 2021 meeting, "Astana" for a 2023 one. */
      placeAt: (ref: Pick<PlaceRef, 'placeId' | 'city'> | null | undefined, date: string) => {
        if (!ref) return '';
        const place = ref.placeId ? places.get(ref.placeId) : undefined;
        return place ? placeNameAt(place, date, language) : ref.city;
      },
      placeIdAt: (placeId: string | null | undefined, date: string) => {
        const place = placeId ? places.get(placeId) : undefined;
        return place ? placeNameAt(place, date, language) : '';
      },
    }),
    [language, parties, bodies, places, people],
  );
}

export type Names = ReturnType<typeof useNames>;
