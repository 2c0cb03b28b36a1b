import type { Language, LocalizedText } from '@/api/schemas';
import { localize } from '@/lib/localized';
import { snapStart } from '@/lib/fuzzy-date';
import {
  attributionOf,
  conditionOf,
  firstUrl,
  formatOf,
  mentionsMeeting,
  mentionsNext,
  mentionsPlan,
  outcomeKindOf,
  quotedTheme,
  siteOf,
  speaksOfFuture,
  type Attribution,
} from './clauses';
import { findDates, resolveRelative, standaloneDate, type DateMention } from './dates';
import { DirectoryIndex, type EntityMatch } from './directory-index';
import { detectLanguage, paragraphsOf, splitSentences, tokenize } from './text';
import type {
  ParseOptions,
  PressReleaseDirectory,
  PressReleaseProposal,
  ProposedDate,
  ProposedDelegation,
  ProposedPlace,
  ProposedSource,
} from './types';

interface Sentence {
  text: string;
  entities: EntityMatch[];
  dates: DateMention[];
  topics: string[];
  outcome: ReturnType<typeof outcomeKindOf>;
  /** A next step agreed or announced: it becomes a follow-up, not this meeting's data. */
  followUp: boolean;
  attribution: Attribution | null;
  isHeadline: boolean;
}

interface Segment {
  sentences: Sentence[];
  paragraphs: string[];
}

const toDate = (m: DateMention): ProposedDate => ({
  start: m.start,
  ...(m.end ? { end: m.end } : {}),
  precision: m.precision,
  approximate: m.approximate,
});

const absolute = (m: DateMention) => !m.relative;

/**
 * Reads a news item about consultations (kk, ru or en) and proposes what to log: one proposal per
 * consultation it reports, with parties, bodies and people found in the directory, dates with
 * their precision, topics, place, outcomes, follow-ups and the source. Nothing is decided for the
 * person: each proposal fills a form they check.
 */
export function parsePressRelease(
  text: string,
  directory: PressReleaseDirectory,
  options: ParseOptions = {},
): PressReleaseProposal[] {
  const language = detectLanguage(text);
  let publishedOn = options.publishedOn ?? null;
  const paragraphs: string[] = [];
  for (const line of paragraphsOf(text)) {
    const date = standaloneDate(line);
    if (date) publishedOn ??= date;
    else paragraphs.push(line);
  }
  if (!paragraphs.length) return [];

  let headline = '';
  const firstParagraph = paragraphs[0] as string;
  if (paragraphs.length > 1 && !/[.!?…:;]$/u.test(firstParagraph) && firstParagraph.length <= 250) {
    headline = firstParagraph;
    paragraphs.shift();
  }

  // "Next year" counts from the item's date: the one given, else the latest the text names.
  const reference =
    publishedOn ??
    findDates(paragraphs.join('\n'))
      .filter(absolute)
      .map((d) => d.end ?? d.start)
      .sort()
      .at(-1) ??
    null;

  const index = new DirectoryIndex(directory, language);
  const analyse = (sentence: string, isHeadline = false): Sentence => {
    const tokens = tokenize(sentence, language);
    const dates = findDates(sentence);
    const outcome = isHeadline ? null : outcomeKindOf(sentence);
    const ahead = dates.some((d) => d.relative || (reference !== null && d.start > reference));
    const nextMeeting = mentionsNext(sentence) && mentionsMeeting(sentence);
    // What was agreed for later, or a next round announced; a sentence that announces this very
    // meeting in the future ("will be held on 15 March") is about this meeting.
    const followUp =
      !isHeadline &&
      (((outcome === 'agreement' || outcome === 'decision') && (ahead || nextMeeting)) ||
        (speaksOfFuture(sentence) && nextMeeting));
    return {
      text: sentence,
      entities: index.matchEntities(tokens),
      dates,
      topics: index.matchTopics(tokens),
      outcome,
      followUp,
      attribution: attributionOf(sentence),
      isHeadline,
    };
  };

  const segments = splitIntoSegments(
    paragraphs.map((p) => ({ text: p, sentences: splitSentences(p).map((s) => analyse(s)) })),
  );
  const first = segments[0];
  if (headline && first) {
    first.sentences.unshift(analyse(headline, true));
    first.paragraphs.unshift(headline);
  }

  const attribution =
    segments.flatMap((s) => s.sentences).find((s) => s.attribution)?.attribution ?? null;
  const url = firstUrl(text) || (attribution ? siteOf(attribution.publisher) : '');
  const source: ProposedSource | null =
    attribution || url
      ? {
          url,
          publisher: attribution?.publisher ?? hostOf(url),
          publishedOn: publishedOn ?? null,
          language,
        }
      : null;

  return segments
    .map((segment) =>
      buildProposal(segment, {
        index,
        language,
        reference,
        source,
        headline: segment === first ? headline : '',
      }),
    )
    .filter((p): p is PressReleaseProposal => p !== null);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * A paragraph that dates a meeting of its own ("2020 жылдың 22 желтоқсан күні … консультацияларына
 * қатысты") opens a new consultation when the one before it already reported a meeting.
 */
function splitIntoSegments(paragraphs: { text: string; sentences: Sentence[] }[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment = { sentences: [], paragraphs: [] };
  let currentHasMeeting = false;
  let currentDate: string | null = null;
  for (const paragraph of paragraphs) {
    const ownDate = paragraph.sentences
      .filter((s) => !s.followUp)
      .flatMap((s) => s.dates)
      .find((d) => absolute(d) && (d.precision === 'day' || d.precision === 'month'));
    const meeting = mentionsMeeting(paragraph.text);
    if (ownDate && meeting && currentHasMeeting && currentDate !== ownDate.start) {
      segments.push(current);
      current = { sentences: [], paragraphs: [] };
      currentHasMeeting = false;
      currentDate = null;
    }
    current.sentences.push(...paragraph.sentences);
    current.paragraphs.push(paragraph.text);
    currentHasMeeting ||= meeting;
    currentDate ??= ownDate?.start ?? null;
  }
  segments.push(current);
  return segments.filter((s) => s.sentences.length);
}

interface BuildContext {
  index: DirectoryIndex;
  language: Language;
  reference: string | null;
  source: ProposedSource | null;
  headline: string;
}

function buildProposal(segment: Segment, ctx: BuildContext): PressReleaseProposal | null {
  const { index, language, reference } = ctx;
  const { parties, bodies, people, places } = index.directory;
  const partyOf = new Map<string, string>([
    ...bodies.map((b) => [b.id, b.partyId] as const),
    ...people.map((p) => [p.id, p.partyId] as const),
  ]);
  const about = segment.sentences.filter((s) => !s.followUp);
  const ordered = about.flatMap((s) => s.entities);

  // The date: the first one the text gives for this meeting, else a guess from the item's date.
  const stated = about.flatMap((s) => s.dates).find(absolute);
  const date: ProposedDate | null = stated
    ? toDate(stated)
    : reference
      ? { start: snapStart(reference, 'quarter'), precision: 'quarter', approximate: true }
      : null;
  const future =
    Boolean(stated && reference && stated.start > reference) ||
    about.some((s) => !s.isHeadline && speaksOfFuture(s.text));
  const status = future ? 'planned' : 'held';

  // Participants: parties whose bodies or people took part, and those the headline names; parties
  // only mentioned in passing ("ЕАЭО, ТМД … шеңберінде") are not delegations.
  const firstSeen = new Map<string, number>();
  const note = (partyId: string | undefined, at: number) => {
    if (partyId && !firstSeen.has(partyId)) firstSeen.set(partyId, at);
  };
  const participants = new Set<string>();
  ordered.forEach((m, at) => {
    const partyId = m.kind === 'party' ? m.id : partyOf.get(m.id);
    note(partyId, at);
    if ((m.kind === 'body' || m.kind === 'person') && partyId) participants.add(partyId);
  });
  for (const m of about.filter((s) => s.isHeadline).flatMap((s) => s.entities))
    if (m.kind === 'party') participants.add(m.id);
  const firstBody = about.find((s) => !s.isHeadline);
  if (participants.size < 2 && firstBody)
    for (const m of firstBody.entities) if (m.kind === 'party') participants.add(m.id);
  if (participants.size < 2)
    for (const m of ordered) if (m.kind === 'party') participants.add(m.id);
  const partyIds = [...participants].sort(
    (a, b) => (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0),
  );

  const matchedBodies = unique(ordered.filter((m) => m.kind === 'body').map((m) => m.id));
  const matchedPeople = unique(ordered.filter((m) => m.kind === 'person').map((m) => m.id));
  const delegations = partyIds.map((partyId) =>
    delegationOf(partyId, matchedBodies, matchedPeople, index, date?.start ?? reference),
  );

  const topicIds = unique(
    segment.sentences.flatMap((s) => s.topics).map((id) => index.topicAlias.get(id) ?? id),
  );

  const placeMatch = ordered.find((m) => m.kind === 'place');
  const place = placeMatch ? placeOf(placeMatch, places, language) : null;

  const clean = (s: Sentence) =>
    (s.attribution ? s.text.replace(s.attribution.clause, '') : s.text).trim();
  const outcomes = segment.sentences
    .filter((s) => s.outcome)
    .map((s) => ({ kind: s.outcome!, text: clean(s) }));
  const followUps = segment.sentences
    .filter((s) => s.followUp)
    .map((s) => {
      const due = s.dates
        .map((d) => resolveRelative(d, reference))
        .find((d): d is DateMention => d !== null);
      const where = s.entities.find((m) => m.kind === 'place');
      return {
        text: clean(s),
        due: due ? toDate(due) : null,
        condition: conditionOf(s.text),
        place: where ? placeOf(where, places, language) : null,
      };
    });
  const summary = segment.sentences
    .filter((s) => !s.isHeadline && !s.outcome && !s.followUp)
    .map(clean)
    .join(' ');

  if (!partyIds.length && !mentionsMeeting(segment.paragraphs.join(' '))) return null;

  const names = (ids: string[]) =>
    ids
      .map((id) =>
        localize(parties.find((p) => p.id === id)?.name as LocalizedText | undefined, language),
      )
      .filter(Boolean);
  const organisations = partyIds.filter(
    (id) => parties.find((p) => p.id === id)?.type === 'organisation',
  );
  return {
    title: ctx.headline || titleOf(segment, names(partyIds), language),
    language,
    kind: partyIds.length === 2 && organisations.length === 0 ? 'bilateral' : 'multilateral',
    status,
    format: formatOf(segment.paragraphs.join(' ')),
    date,
    dateInText: Boolean(stated),
    condition:
      status === 'planned' ? (about.map((s) => conditionOf(s.text)).find(Boolean) ?? '') : '',
    delegations,
    partyIds,
    bodyIds: matchedBodies,
    personIds: matchedPeople,
    topicIds,
    place,
    summary,
    outcomes,
    followUps,
    source: ctx.source,
    mentionsPlan: mentionsPlan(segment.paragraphs.join(' ')),
    excerpt: segment.paragraphs.join('\n\n'),
  };
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];

/**
 * A party's delegation: its most specific body named (a department rather than its ministry), the
 * first of its people named as head, the others as members; the head's body at the time leads
 * when no body is named.
 */
function delegationOf(
  partyId: string,
  bodyIds: string[],
  personIds: string[],
  index: DirectoryIndex,
  day: string | null,
): ProposedDelegation {
  const { bodies, people } = index.directory;
  const bodyById = new Map(bodies.map((b) => [b.id, b]));
  const own = bodyIds.filter((id) => bodyById.get(id)?.partyId === partyId);
  const ancestors = new Set<string>();
  for (const id of own) {
    let parent = bodyById.get(id)?.parentId ?? null;
    while (parent && !ancestors.has(parent)) {
      ancestors.add(parent);
      parent = bodyById.get(parent)?.parentId ?? null;
    }
  }
  const ownPeople = personIds.filter((id) => people.find((p) => p.id === id)?.partyId === partyId);
  const [head = null, ...members] = ownPeople;
  let leadBodyId = own.find((id) => !ancestors.has(id)) ?? null;
  if (!leadBodyId && head) {
    const positions = people.find((p) => p.id === head)?.positions ?? [];
    const at = day ?? '9999-12-31';
    leadBodyId =
      positions.find((p) => (!p.from || p.from <= at) && (!p.to || at <= p.to))?.bodyId ??
      positions.at(-1)?.bodyId ??
      null;
  }
  return { partyId, leadBodyId, headPersonId: head, memberIds: members };
}

/** The city as it was called then, in the text's language: "Нур-Султан" in a Russian item of 2020. */
function placeOf(
  match: EntityMatch,
  places: PressReleaseDirectory['places'],
  language: Language,
): ProposedPlace {
  const place = places.find((p) => p.id === match.id);
  return {
    placeId: match.id,
    city: match.label?.[language] || match.form,
    countryCode: place?.countryCode ?? null,
  };
}

/** A title from the theme in quotes, else from the parties' names. */
function titleOf(segment: Segment, partyNames: string[], language: Language): string {
  const firstText = segment.sentences.find((s) => !s.isHeadline)?.text ?? '';
  const theme = quotedTheme(firstText);
  if (theme) {
    if (language === 'kk') return `«${theme}» консультациялар`;
    if (language === 'ru') return `Консультации на тему «${theme}»`;
    return `Consultations on “${theme}”`;
  }
  if (partyNames.length) {
    const joined = partyNames.join(' – ');
    if (language === 'kk') return `${joined} консультациялары`;
    if (language === 'ru') return `Консультации ${joined}`;
    return `${joined} consultations`;
  }
  return firstText.length > 140 ? `${firstText.slice(0, 137).trimEnd()}…` : firstText;
}
