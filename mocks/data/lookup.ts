import type { Language, LocalizedText, Place } from '@/api/schemas';
import { bodySpecs, type BodyRole, type BodySpec } from './bodies';
import { partyForms, type Region } from './parties';
import { positionHolders, type PositionHolder } from './people';
import { createPlaces, placeId, placeNameAt } from './places';
import { createTopics } from './topics';
import { addDays } from './dates';

/**
 * Read-only indexes over the static directory tables, built once per process. The generator
 * asks them tens of thousands of questions ("who headed this body on that day?"), so they are
 * maps, not scans.
 */
const places = new Map<string, Place>(createPlaces().map((p) => [p.id, p]));
const topicNames = new Map<string, LocalizedText>(createTopics().map((t) => [t.id, t.name]));
const bodyById = new Map<string, BodySpec>(bodySpecs.map((b) => [b.id, b]));
/**
 * Per body, the stretches of time in which the same people held office, heads first. A lookup
 * then returns a shared list instead of filtering and allocating on each of the generator's
 * tens of thousands of calls.
 */
interface Tenure {
  from: string;
  holders: readonly PositionHolder[];
}
const tenuresByBody = new Map<string, Tenure[]>();
{
  const byBody = new Map<string, PositionHolder[]>();
  for (const holder of [...positionHolders].sort((a, b) => Number(b.lead) - Number(a.lead))) {
    const list = byBody.get(holder.bodyId) ?? [];
    list.push(holder);
    byBody.set(holder.bodyId, list);
  }
  for (const [bodyId, holders] of byBody) {
    const starts = new Set<string>(['0000-01-01']);
    for (const h of holders) {
      if (h.from !== '0000-01-01') starts.add(h.from);
      if (h.to !== '9999-12-31') starts.add(addDays(h.to, 1));
    }
    const tenures = [...starts]
      .sort()
      .map((from) => ({ from, holders: holders.filter((h) => h.from <= from && from <= h.to) }));
    tenuresByBody.set(bodyId, tenures);
  }
}

const seatByCode = new Map(partyForms.map((p) => [p.code, p.seatSlug]));

export function pickText(text: LocalizedText | undefined, language: Language): string {
  if (!text) return '';
  return text[language] || text.ru || text.en || text.kk || '';
}

export function topicName(topicId: string, language: Language): string {
  return pickText(topicNames.get(topicId), language);
}

export function bodyName(bodyId: string, language: Language): string {
  return pickText(bodyById.get(bodyId)?.name, language);
}

/** Per party, the first body with each role; per region, the Kazakh department covering it. */
const bodyByRole = new Map<string, Map<BodyRole, string>>();
const kzBodyByRegion = new Map<Region, string>();
for (const body of bodySpecs) {
  let roles = bodyByRole.get(body.partyCode);
  if (!roles) {
    roles = new Map();
    bodyByRole.set(body.partyCode, roles);
  }
  if (!roles.has(body.role)) roles.set(body.role, body.id);
  if (body.partyCode === 'KZ' && body.region && !kzBodyByRegion.has(body.region)) {
    kzBodyByRegion.set(body.region, body.id);
  }
}

/** The party's ministry (a country) or secretariat (an organisation): the body of last resort. */
export function mainBodyOf(partyCode: string): string {
  const main = bodyWithRole(partyCode, 'ministry') ?? bodyWithRole(partyCode, 'secretariat');
  if (!main) throw new Error(`party ${partyCode} has no main body`);
  return main;
}

export function bodyWithRole(partyCode: string, role: BodyRole): string | undefined {
  return bodyByRole.get(partyCode)?.get(role);
}

/** The Kazakh department that covers a region ("CIS countries", "Asia", multilateral…). */
export function kzRegionalBody(region: Region): string {
  const body = kzBodyByRegion.get(region);
  if (!body) throw new Error(`no Kazakh department for ${region}`);
  return body;
}

/** Whoever held a position in the body on that day; the head first. Do not modify the list. */
export function holdersAt(bodyId: string, date: string): readonly PositionHolder[] {
  const tenures = tenuresByBody.get(bodyId);
  if (!tenures) return [];
  let current: Tenure | undefined;
  for (const tenure of tenures) {
    if (tenure.from > date) break;
    current = tenure;
  }
  return current?.holders ?? [];
}

/** The place id of a party's capital or seat. */
export function seatPlaceId(partyCode: string): string {
  const slug = seatByCode.get(partyCode);
  if (!slug) throw new Error(`unknown party ${partyCode}`);
  return placeId(slug);
}

export function placeCountry(id: string): string | null {
  return places.get(id)?.countryCode ?? null;
}

/** The city's name on that day in the record's language: Nur-Sultan in 2020, Astana in 2023. */
export function cityName(id: string, date: string, language: Language): string {
  const place = places.get(id);
  return place ? placeNameAt(place, date, language) : '';
}
