import type { Language, LocalizedText } from '@/api/schemas';
import { languages } from '@/api/schemas';
import { similarKeys, tokenize, type Token } from './text';
import type { PressReleaseDirectory } from './types';

export type EntityKind = 'party' | 'body' | 'person' | 'place';

interface Pattern {
  kind: EntityKind;
  id: string;
  keys: string[];
  acronyms: boolean[];
  /** Proper names must be written with a capital in the text ("Иран", not "иран"). */
  needsCapital: boolean;
  /** The directory's spelling this pattern came from. */
  form: string;
  /** All spellings of the name the pattern came from (a place's name of one period). */
  label: LocalizedText | null;
}

/** A directory entry found in the text, by token and by character offsets. */
export interface EntityMatch {
  kind: EntityKind;
  id: string;
  from: number;
  to: number;
  start: number;
  end: number;
  form: string;
  label: LocalizedText | null;
}

interface TopicPattern {
  id: string;
  keys: string[];
}

// prettier-ignore
const stopWords = new Set(
  ['және', 'мен', 'бен', 'пен', 'оның', 'да', 'де', 'и', 'в', 'во', 'на', 'по', 'с', 'со', 'его', 'её', 'ее', 'их', 'of', 'the', 'and', 'in', 'on', 'its', 'under', 'for', 'a', 'an', 'to', 'with'],
);

const forms = (text: LocalizedText | undefined | null): string[] =>
  text ? languages.map((l) => text[l]).filter((f): f is string => Boolean(f?.trim())) : [];

/** Stems that may match share their first four letters; shorter ones must be equal. */
const bucketOf = (key: string) => key.slice(0, 4);

const live = <T extends { deletedAt?: string | null }>(items: readonly T[]) =>
  items.filter((i) => !i.deletedAt);

/**
 * The directory turned into word patterns for one text language: every spelling (kk, ru, en),
 * acronyms, codes and a place's former names. A spelling two entries share ("СІМ" of every
 * ministry) says nothing about which one is meant and is left out.
 */
export class DirectoryIndex {
  private readonly byFirstKey = new Map<string, Pattern[]>();
  private readonly topics: TopicPattern[] = [];
  readonly topicAlias = new Map<string, string>();

  constructor(
    readonly directory: PressReleaseDirectory,
    readonly language: Language,
  ) {
    const patterns: Pattern[] = [];
    const add = (
      kind: EntityKind,
      id: string,
      form: string,
      needsCapital: boolean,
      label: LocalizedText | null = null,
    ) => {
      const tokens = tokenize(form, language);
      if (!tokens.length) return;
      patterns.push({
        kind,
        id,
        keys: tokens.map((t) => t.key),
        acronyms: tokens.map((t) => t.acronym),
        needsCapital,
        form,
        label,
      });
    };
    for (const party of live(directory.parties)) {
      for (const form of [...forms(party.name), ...forms(party.short)])
        add('party', party.id, form, true);
      if (party.code.length >= 3) add('party', party.id, party.code, true);
    }
    for (const body of live(directory.bodies)) {
      for (const form of [...forms(body.name), ...forms(body.short)])
        add('body', body.id, form, false);
    }
    for (const person of live(directory.people)) {
      for (const form of forms(person.name)) {
        add('person', person.id, form, true);
        const surname = form.trim().split(/\s+/).at(-1);
        if (surname && surname !== form.trim() && surname.length >= 5)
          add('person', person.id, surname, true);
      }
    }
    for (const place of live(directory.places)) {
      for (const name of place.names)
        for (const form of forms(name.name)) add('place', place.id, form, true, name.name);
    }
    const owners = new Map<string, Set<string>>();
    const signature = (p: Pattern) => `${p.kind}:${p.keys.join(' ')}`;
    for (const p of patterns)
      owners.set(signature(p), (owners.get(signature(p)) ?? new Set()).add(p.id));
    for (const p of patterns) {
      if ((owners.get(signature(p))?.size ?? 0) > 1) continue;
      const first = bucketOf(p.keys[0] as string);
      const list = this.byFirstKey.get(first) ?? [];
      if (!list.some((q) => q.id === p.id && q.keys.join(' ') === p.keys.join(' '))) list.push(p);
      this.byFirstKey.set(first, list);
    }

    for (const topic of directory.topics) {
      if (topic.deletedAt) continue;
      if (topic.mergedInto) {
        this.topicAlias.set(topic.id, topic.mergedInto);
        continue;
      }
      for (const form of forms(topic.name)) {
        const keys = tokenize(form, language)
          // "3D" is written "3 Д" as often as not: words with digits do not decide.
          .filter((t) => !/\p{N}/u.test(t.raw))
          .filter(
            (t) =>
              t.acronym || (t.key.length >= 3 && !stopWords.has(t.raw.toLocaleLowerCase('ru'))),
          )
          .map((t) => t.key);
        if (keys.length) this.topics.push({ id: topic.id, keys: [...new Set(keys)] });
      }
    }
  }

  /** Entries named in the tokens; where names overlap, the longer one wins. */
  matchEntities(tokens: readonly Token[]): EntityMatch[] {
    const candidates: EntityMatch[] = [];
    tokens.forEach((token, i) => {
      for (const p of this.byFirstKey.get(bucketOf(token.key)) ?? []) {
        if (i + p.keys.length > tokens.length) continue;
        let ok = true;
        for (let k = 0; k < p.keys.length && ok; k++) {
          const t = tokens[i + k] as Token;
          const key = p.keys[k] as string;
          ok = p.acronyms[k] ? t.acronym && t.key === key : similarKeys(t.key, key, 3);
        }
        if (!ok || (p.needsCapital && !token.capital)) continue;
        const last = tokens[i + p.keys.length - 1] as Token;
        candidates.push({
          kind: p.kind,
          id: p.id,
          from: i,
          to: i + p.keys.length,
          start: token.start,
          end: last.end,
          form: p.form,
          label: p.label,
        });
      }
    });
    candidates.sort((a, b) => b.to - b.from - (a.to - a.from) || a.from - b.from);
    const accepted: EntityMatch[] = [];
    for (const c of candidates) {
      if (accepted.some((a) => c.from < a.to && c.to > a.from)) continue;
      accepted.push(c);
    }
    return accepted.sort((a, b) => a.from - b.from);
  }

  /**
   * Topics whose name's words occur together in one sentence, in any form: all of them for a short
   * name, three in four for a long one ("сыртқы саясаттағы басымдықтар" in "сыртқы саясатындағы
   * өзекті басымдықтар").
   */
  matchTopics(sentenceTokens: readonly Token[]): string[] {
    const present = [...new Set(sentenceTokens.map((t) => t.key))];
    const found = new Set<string>();
    for (const topic of this.topics) {
      const hits = topic.keys.filter((k) => present.some((p) => similarKeys(p, k, 1))).length;
      const needed =
        topic.keys.length <= 3 ? topic.keys.length : Math.ceil(topic.keys.length * 0.75);
      if (hits >= needed) found.add(topic.id);
    }
    return [...found];
  }
}
