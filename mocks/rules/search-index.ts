import type { Consultation } from '@/api/schemas';
import { allForms } from '@/lib/localized';
import { normalizeForSearch } from '@/lib/search-text';
import type { Db } from '../store/db';

const directoryCollections = new Set(['parties', 'bodies', 'people', 'places', 'topics']);

interface Index {
  keys: Map<string, { version: number; key: string }>;
  /** Every name of a directory entry, normalised once: thousands of consultations share them. */
  names: Map<string, string>;
}
const indexes = new WeakMap<Db, Index>();

function indexFor(db: Db): Index {
  let index = indexes.get(db);
  if (!index) {
    const created: Index = { keys: new Map(), names: new Map() };
    // A renamed party or topic changes what finds a consultation, so the keys are rebuilt.
    db.onWrite((collection) => {
      if (directoryCollections.has(collection)) {
        created.keys.clear();
        created.names.clear();
      }
    });
    indexes.set(db, created);
    index = created;
  }
  return index;
}

function namesOf(db: Db, index: Index, collection: 'parties' | 'bodies' | 'people' | 'places' | 'topics', id: string | null): string {
  if (!id) return '';
  const cacheKey = `${collection}/${id}`;
  let names = index.names.get(cacheKey);
  if (names === undefined) {
    const entry = db.get(collection, id);
    let text = '';
    if (entry && 'names' in entry) text = entry.names.map((n) => allForms(n.name)).join(' ');
    else if (entry) {
      text = [allForms(entry.name), 'short' in entry ? allForms(entry.short) : '', 'code' in entry ? entry.code : ''].join(' ');
    }
    names = normalizeForSearch(text);
    index.names.set(cacheKey, names);
  }
  return names;
}

/**
 * Every name a consultation can be found by: its texts, parties, bodies, people, topics, and all
 * historical names of its places, so a search for Astana finds a meeting held in Nur-Sultan.
 */
function buildKey(db: Db, index: Index, c: Consultation): string {
  const own: string[] = [c.title, c.summary, c.condition, c.place.city, c.place.venue];
  const names: string[] = [namesOf(db, index, 'places', c.place.placeId)];
  for (const d of c.delegations) {
    names.push(namesOf(db, index, 'parties', d.partyId), namesOf(db, index, 'bodies', d.leadBodyId), namesOf(db, index, 'people', d.headPersonId));
    for (const m of d.memberIds) names.push(namesOf(db, index, 'people', m));
  }
  for (const topicId of c.topicIds) names.push(namesOf(db, index, 'topics', topicId));
  for (const o of c.outcomes) own.push(o.text);
  for (const f of c.followUps) {
    own.push(f.text, f.place?.city ?? '');
    names.push(namesOf(db, index, 'places', f.place?.placeId ?? null));
  }
  for (const s of c.sources) own.push(s.publisher);
  return `${normalizeForSearch(own.join(' '))} ${names.join(' ')}`;
}

export function searchKey(db: Db, c: Consultation): string {
  const index = indexFor(db);
  const cached = index.keys.get(c.id);
  if (cached && cached.version === c.version) return cached.key;
  const key = buildKey(db, index, c);
  index.keys.set(c.id, { version: c.version, key });
  return key;
}

/**
 * Builds the search keys ahead of the first search, a slice at a time, so that search is quick
 * from the start without holding up the first screen.
 */
export function warmSearchIndex(db: Db, schedule: (work: () => void) => void, sliceSize = 2000): void {
  const all = db.all('consultations');
  let next = 0;
  const step = () => {
    const end = Math.min(next + sliceSize, all.length);
    for (; next < end; next++) {
      const c = all[next];
      if (c) searchKey(db, c);
    }
    if (next < all.length) schedule(step);
  };
  schedule(step);
}
