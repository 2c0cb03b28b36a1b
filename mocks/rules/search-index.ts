import type { Consultation } from '@/api/schemas';
import { allForms } from '@/lib/localized';
import { normalizeForSearch } from '@/lib/search-text';
import type { Db } from '../store/db';

const directoryCollections = new Set(['parties', 'bodies', 'people', 'places', 'topics']);

interface Index {
  keys: Map<string, { version: number; key: string }>;
}
const indexes = new WeakMap<Db, Index>();

function indexFor(db: Db): Index {
  let index = indexes.get(db);
  if (!index) {
    const created: Index = { keys: new Map() };
    // A renamed party or topic changes what finds a consultation, so the keys are rebuilt.
    db.onWrite((collection) => {
      if (directoryCollections.has(collection)) created.keys.clear();
    });
    indexes.set(db, created);
    index = created;
  }
  return index;
}

/** Every name a consultation can be found by: its texts, parties, bodies, people, topics, places. */
function buildKey(db: Db, c: Consultation): string {
  const parts: string[] = [c.title, c.summary, c.condition, c.place.city, c.place.venue];
  const placeIds = new Set<string>();
  if (c.place.placeId) placeIds.add(c.place.placeId);
  for (const d of c.delegations) {
    const party = db.get('parties', d.partyId);
    if (party) parts.push(party.code, allForms(party.name), allForms(party.short));
    if (d.leadBodyId) {
      const body = db.get('bodies', d.leadBodyId);
      if (body) parts.push(allForms(body.name), allForms(body.short));
    }
    for (const personId of [d.headPersonId, ...d.memberIds]) {
      const person = personId ? db.get('people', personId) : undefined;
      if (person) parts.push(allForms(person.name));
    }
  }
  for (const topicId of c.topicIds) parts.push(allForms(db.get('topics', topicId)?.name));
  for (const o of c.outcomes) parts.push(o.text);
  for (const f of c.followUps) {
    parts.push(f.text);
    if (f.place?.placeId) placeIds.add(f.place.placeId);
    if (f.place?.city) parts.push(f.place.city);
  }
  // All historical names of a city: a search for Astana finds a meeting held in Nur-Sultan.
  for (const placeId of placeIds) {
    const place = db.get('places', placeId);
    if (place) for (const n of place.names) parts.push(allForms(n.name));
  }
  for (const s of c.sources) parts.push(s.publisher);
  return normalizeForSearch(parts.join(' '));
}

export function searchKey(db: Db, c: Consultation): string {
  const index = indexFor(db);
  const cached = index.keys.get(c.id);
  if (cached && cached.version === c.version) return cached.key;
  const key = buildKey(db, c);
  index.keys.set(c.id, { version: c.version, key });
  return key;
}
