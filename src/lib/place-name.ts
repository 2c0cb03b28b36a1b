import type { Language, Place } from '@/api/schemas';
import { localize } from './localized';

/**
 * The name a place had on `date` (YYYY-MM-DD), in `language` with the usual kk/ru/en fallback:
 * a meeting in the capital in 2021 was in Nur-Sultan, one in 2023 in Astana. Names are valid
 * from `from` to `to` inclusive; a date outside every span gets the latest name.
 */
export function placeNameAt(place: Pick<Place, 'names'>, date: string, language: Language): string {
  const day = date.slice(0, 10);
  const valid = place.names.find((n) => (!n.from || n.from <= day) && (!n.to || day <= n.to));
  return localize((valid ?? place.names.at(-1))?.name, language);
}
