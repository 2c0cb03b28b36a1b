import type { Consultation, DatePrecision, FuzzyDate, Language } from '@/api/schemas';
import {
  buildConsultation,
  fuzzyDate,
  type ConsultationSpec,
  type FollowUpDraft,
  type HostSpec,
} from './build-consultation';
import { addDays, periodEnd, periodStart, toDay, toIso } from './dates';
import { bodyName, cityName, mainBodyOf, placeCountry, seatPlaceId } from './lookup';
import { partyFormsOf } from './parties';
import { ASTANA_PLACE_ID, placeId } from './places';
import { createRandom, weightedPicker, type Random } from './prng';
import { DEMO_AS_OF } from './records';
import { FollowUpLinker } from './follow-up-linker';
import {
  bilateralCounterparts,
  bilateralLevels,
  forumLevels,
  forums,
  formatWeights,
  futureStatuses,
  languagesFar,
  languagesNearby,
  organisationLevels,
  pastStatuses,
  type Counterpart,
  type Forum,
} from './scenario';
import { conditionText, nextRoundText, type ConditionKind } from './texts';

const FIRST = toDay('2019-01-01');
const SPAN = toDay('2022-12-31') - FIRST;
const ALMATY_PLACE_ID = placeId('almaty');
/** Meetings logged in the last weeks before the snapshot may still say "planned". */
const NOT_YET_LOGGED_FROM = addDays(DEMO_AS_OF, -45);

const pickBilateral = weightedPicker(bilateralCounterparts.map((c) => [c, c.weight] as const));
const pickForum = weightedPicker(forums.map((f) => [f, f.weight] as const));
const pickPrecision = weightedPicker<DatePrecision>([
  ['day', 80],
  ['month', 10],
  ['quarter', 6],
  ['year', 4],
]);
const pickTopicCount = weightedPicker<number>([
  [1, 30],
  [2, 45],
  [3, 25],
]);
const generalTopics = ['topic-geopolitics', 'topic-fp-priorities'];
const nearbyCodes = new Set([
  'RU',
  'BY',
  'UZ',
  'KG',
  'TJ',
  'TM',
  'AZ',
  'AM',
  'CIS',
  'EAEU',
  'CSTO',
]);

/** The id of the n-th generated consultation (1-based): c-00001 … */
export function generatedId(n: number): string {
  return `c-${String(n).padStart(5, '0')}`;
}

/**
 * `count` random consultations from one seeded stream, in date order (so ids follow dates). The
 * same seed and count always give the same records.
 */
export function generateConsultations(count: number, seed: number): Consultation[] {
  const rng = createRandom(seed);
  // Draw the days first and sort them: records then come out in date order, which lets
  // follow-ups be answered in the same pass.
  const days = new Int32Array(count);
  for (let i = 0; i < count; i += 1) days[i] = randomDay(rng);
  days.sort();
  const linker = new FollowUpLinker();
  const out: Consultation[] = [];
  for (let i = 0; i < count; i += 1) {
    const consultation = buildConsultation(
      randomSpec(rng, generatedId(i + 1), days[i] ?? FIRST),
      rng,
    );
    linker.add(consultation);
    out.push(consultation);
  }
  linker.finish(createRandom(seed ^ 0x5bd1e995));
  return out;
}

/** A working day in 2019–2022, with fewer in spring 2020 when borders closed. */
function randomDay(rng: Random): number {
  let day = FIRST + rng.int(0, SPAN);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const iso = toIso(day);
    if (iso < '2020-03-15' || iso > '2020-06-30' || rng.chance(0.4)) break;
    day = FIRST + rng.int(0, SPAN);
  }
  const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 is Sunday.
  if (weekday === 6) return day - 1;
  if (weekday === 0) return day + 1;
  return day;
}

function randomTopics(rng: Random, pool: readonly string[], day: string): string[] {
  const topics = rng.sample(pool, pickTopicCount(rng));
  if (day >= '2020-03-01' && day <= '2021-12-31' && rng.chance(0.35)) {
    // Mostly a side topic; sometimes the meeting was about the pandemic itself.
    if (rng.chance(0.3)) topics.unshift('topic-pandemic');
    else topics.push('topic-pandemic');
  }
  if (rng.chance(0.15)) {
    const extra = rng.pick(generalTopics);
    if (!topics.includes(extra)) topics.push(extra);
  }
  return topics;
}

function randomDate(rng: Random, dayNumber: number): FuzzyDate {
  const day = toIso(dayNumber);
  const precision = pickPrecision(rng);
  const start = periodStart(day, precision);
  const approximate = precision === 'day' ? rng.chance(0.03) : rng.chance(0.35);
  // Some meetings last two or three days.
  const end = precision === 'day' && rng.chance(0.15) ? addDays(start, rng.int(1, 2)) : undefined;
  return fuzzyDate(start, precision, approximate, end);
}

function randomSpec(rng: Random, id: string, day: number): ConsultationSpec {
  const date = randomDate(rng, day);
  const bilateral = rng.chance(0.68);
  const counterpart: Counterpart | Forum = bilateral ? pickBilateral(rng) : pickForum(rng);
  const isOrganisation = partyFormsOf(counterpart.code).type === 'organisation';
  let level = rng.weighted(
    bilateral ? (isOrganisation ? organisationLevels : bilateralLevels) : forumLevels,
  );
  if (!bilateral && level === 'ministerial' && !(counterpart as Forum).ministerial)
    level = 'deputy_minister';

  const end = date.end ?? periodEnd(date.start, date.precision);
  const status =
    end > DEMO_AS_OF
      ? rng.weighted(futureStatuses)
      : date.start >= NOT_YET_LOGGED_FROM && rng.chance(0.3)
        ? 'planned'
        : rng.weighted(pastStatuses);
  const format = rng.weighted(formatWeights(date.start));
  const language: Language = rng.weighted(
    nearbyCodes.has(counterpart.code) ? languagesNearby : languagesFar,
  );

  let partyCodes: string[];
  let hostCode: string;
  if (bilateral) {
    partyCodes = ['KZ', counterpart.code];
    hostCode = rng.chance(0.5) ? 'KZ' : counterpart.code;
  } else {
    const members = (counterpart as Forum).members;
    const others = rng.sample(members, rng.int(1, Math.min(4, members.length)));
    partyCodes = [counterpart.code, 'KZ', ...others];
    hostCode = rng.chance(0.6) ? counterpart.code : rng.pick(['KZ', ...others]);
  }
  const host = randomHost(rng, hostCode, format === 'video', language);

  let condition = '';
  if (status === 'planned' && date.start >= '2022-01-01' && rng.chance(0.4)) {
    const kind: ConditionKind =
      date.start < '2022-04-01' ? 'epidemic' : level === 'ministerial' ? 'schedule' : 'dates';
    condition = conditionText(kind, language);
  }

  const followUps =
    status === 'held' && rng.chance(0.3)
      ? [nextRound(rng, date.start, bilateral, counterpart.code, hostCode, language)]
      : [];

  // Every key, in `completeSpec` order: all specs then share one shape, which keeps the
  // builder's property lookups fast over tens of thousands of calls.
  return {
    id,
    kind: bilateral ? 'bilateral' : 'multilateral',
    partyCodes,
    level,
    format,
    status,
    date,
    topicIds: randomTopics(rng, counterpart.topics, date.start),
    language,
    host,
    title: undefined,
    summary: undefined,
    condition,
    planItemId: null,
    outcomes: undefined,
    followUps,
    sources: undefined,
    delegations: undefined,
    createdBy: undefined,
    createdAt: undefined,
  };
}

function randomHost(rng: Random, hostCode: string, video: boolean, language: Language): HostSpec {
  if (video) return { partyCode: hostCode, placeId: null };
  const placeIdOfHost =
    hostCode === 'KZ'
      ? rng.chance(0.85)
        ? ASTANA_PLACE_ID
        : ALMATY_PLACE_ID
      : seatPlaceId(hostCode);
  const venue = rng.chance(0.4) ? bodyName(mainBodyOf(hostCode), language) : '';
  return { partyCode: hostCode, placeId: placeIdOfHost, venue };
}

/** "The next round next year, in the other capital": how most meetings end. */
function nextRound(
  rng: Random,
  start: string,
  bilateral: boolean,
  counterpartCode: string,
  hostCode: string,
  language: Language,
): FollowUpDraft {
  const byYear = rng.chance(0.6);
  const due: FuzzyDate = byYear
    ? { start: `${Number(start.slice(0, 4)) + 1}-01-01`, precision: 'year', approximate: false }
    : {
        start: periodStart(addDays(start, 183), 'quarter'),
        precision: 'quarter',
        approximate: false,
      };
  let condition = '';
  if (start >= '2020-03-01' && start <= '2021-12-31' && rng.chance(0.5))
    condition = conditionText('epidemic', language);
  else if (rng.chance(0.15)) condition = conditionText('dates', language);

  let nextPlaceId: string | null = null;
  if (bilateral) nextPlaceId = hostCode === 'KZ' ? seatPlaceId(counterpartCode) : ASTANA_PLACE_ID;
  else if (rng.chance(0.5)) nextPlaceId = seatPlaceId(counterpartCode);
  return {
    text: nextRoundText(language),
    due,
    condition,
    place: nextPlaceId
      ? {
          placeId: nextPlaceId,
          city: cityName(nextPlaceId, due.start, language),
          countryCode: placeCountry(nextPlaceId),
          venue: '',
        }
      : null,
    status: 'open',
    becameConsultationId: null,
    becamePlanItemId: null,
  };
}
