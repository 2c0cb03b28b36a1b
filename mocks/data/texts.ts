import type {
  ConsultationKind,
  ConsultationLevel,
  ConsultationStatus,
  Language,
  Outcome,
  OutcomeKind,
} from '@/api/schemas';
import { topicName } from './lookup';
import { partyFormsOf } from './parties';
import type { Random } from './prng';
import type { TopicArea } from './topics';

/**
 * Titles, summaries and outcomes in the record's language. Kazakh and Russian decline names, so
 * the templates use the forms kept in `partyForms` (nominative after «мен», genitive after «и»)
 * and put topics after a colon, where the nominative is right.
 */
type ByLanguage = Record<Language, string>;

/** Topic names that start with a proper noun keep their capital after a colon. */
const keepCapital = new Set([
  'topic-caspian:kk',
  'topic-middle-corridor:en',
  'topic-sdg:en',
  'topic-un-agenda:en',
]);

/**
 * Generated texts repeat a lot (the same partner, level and topic), so they are memoised: large
 * stores then share one string per distinct text, which saves memory and garbage collection.
 * The memo is a tree of maps keyed by interned ids, with the small enumerations (language,
 * level…) folded into a slot number, so a lookup builds no key string.
 */
class MemoNode {
  readonly slots: (string | undefined)[] = [];
  readonly next = new Map<string, MemoNode>();
}

function child(node: MemoNode, key: string): MemoNode {
  let next = node.next.get(key);
  if (!next) {
    next = new MemoNode();
    node.next.set(key, next);
  }
  return next;
}

const languageIndex: Record<Language, number> = { kk: 0, ru: 1, en: 2 };
const levelIndex: Record<ConsultationLevel, number> = {
  ministerial: 0,
  deputy_minister: 1,
  department_head: 2,
  expert: 3,
};
const statusIndex: Record<ConsultationStatus, number> = {
  planned: 0,
  held: 1,
  postponed: 2,
  cancelled: 3,
};
const areaIndex: Record<TopicArea, number> = {
  analysis: 0,
  consular: 1,
  legal: 2,
  economic: 3,
  general: 4,
};

const phrases = new Map<string, string>();
const titles = new MemoNode();
const summaries = new MemoNode();

export function topicPhrase(topicId: string, language: Language): string {
  const key = `${topicId}:${language}`;
  let phrase = phrases.get(key);
  if (phrase === undefined) {
    const name = topicName(topicId, language);
    const second = name.charAt(1);
    phrase =
      keepCapital.has(key) || second === second.toUpperCase()
        ? name
        : name.charAt(0).toLowerCase() + name.slice(1);
    phrases.set(key, phrase);
  }
  return phrase;
}

function topicList(topicIds: readonly string[], language: Language): string {
  return topicIds.map((id) => topicPhrase(id, language)).join(', ');
}

export interface TitleInput {
  language: Language;
  kind: ConsultationKind;
  level: ConsultationLevel;
  /** The partner (bilateral) or the organisation (multilateral). */
  counterpartCode: string;
  topicId: string | undefined;
  area: TopicArea;
}

export function consultationTitle(input: TitleInput): string {
  const node = child(child(titles, input.counterpartCode), input.topicId ?? '');
  const slot =
    ((languageIndex[input.language] * 2 + (input.kind === 'bilateral' ? 0 : 1)) * 4 +
      levelIndex[input.level]) *
      5 +
    areaIndex[input.area];
  let title = node.slots[slot];
  if (title === undefined) {
    title = input.kind === 'bilateral' ? bilateralTitle(input) : forumTitle(input);
    node.slots[slot] = title;
  }
  return title;
}

function bilateralTitle({ language, level, counterpartCode, topicId, area }: TitleInput): string {
  const p = partyFormsOf(counterpartCode);
  const kk = `Қазақстан мен ${p.name.kk ?? p.code}`;
  const ru = `Казахстана и ${p.ruGen}`;
  const en = `Kazakhstan – ${p.type === 'country' ? (p.name.en ?? p.code) : (p.short?.en ?? p.code)}`;
  const topic = topicId ? topicPhrase(topicId, language) : '';
  const isOrganisation = p.type === 'organisation';
  const titles: Record<ConsultationLevel, () => ByLanguage> = {
    ministerial: () => ({
      kk: `${kk} сыртқы істер министрлерінің келіссөздері`,
      ru: `Переговоры министров иностранных дел ${ru}`,
      en: `Talks between the foreign ministers of Kazakhstan and ${p.enProse}`,
    }),
    deputy_minister: () => ({
      kk: `${kk} арасындағы сыртқы істер министрлері орынбасарлары деңгейіндегі саяси консультациялар`,
      ru: `Политические консультации ${ru} на уровне заместителей министров иностранных дел`,
      en: `${en} political consultations at deputy foreign minister level`,
    }),
    department_head: () => departmentTitle(area, kk, ru, en, isOrganisation),
    expert: () => ({
      kk: `${kk} сарапшыларының консультациялары: ${topic}`,
      ru: `Консультации экспертов ${ru}: ${topic}`,
      en: `${en} expert consultations: ${topic}`,
    }),
  };
  return titles[level]()[language];
}

function departmentTitle(
  area: TopicArea,
  kk: string,
  ru: string,
  en: string,
  isOrganisation: boolean,
): ByLanguage {
  switch (area) {
    case 'analysis':
      return {
        kk: `${kk} арасындағы сыртқы саяси талдау мәселелері бойынша консультациялар`,
        ru: `Консультации ${ru} по вопросам внешнеполитического анализа`,
        en: `${en} consultations on foreign-policy analysis`,
      };
    case 'consular':
      return {
        kk: `${kk} арасындағы консулдық консультациялар`,
        ru: `Консульские консультации ${ru}`,
        en: `${en} consular consultations`,
      };
    case 'legal':
      return {
        kk: `${kk} арасындағы шарттық-құқықтық мәселелер бойынша консультациялар`,
        ru: `Консультации ${ru} по договорно-правовым вопросам`,
        en: `${en} consultations on treaty and legal matters`,
      };
    case 'economic':
      return {
        kk: `${kk} арасындағы сауда-экономикалық ынтымақтастық мәселелері бойынша консультациялар`,
        ru: `Консультации ${ru} по торгово-экономическому сотрудничеству`,
        en: `${en} consultations on trade and economic cooperation`,
      };
    case 'general':
      return isOrganisation
        ? {
            kk: `${kk} арасындағы консультациялар`,
            ru: `Консультации ${ru}`,
            en: `${en} consultations`,
          }
        : {
            kk: `${kk} арасындағы СІМ-аралық консультациялар`,
            ru: `Межмидовские консультации ${ru}`,
            en: `${en} inter-MFA consultations`,
          };
  }
}

function forumTitle({ language, level, counterpartCode, topicId }: TitleInput): string {
  const p = partyFormsOf(counterpartCode);
  const kk = p.short?.kk ?? p.code;
  const ru = p.short?.ru ?? p.code;
  const en = p.short?.en ?? p.code;
  const topic = topicId ? topicPhrase(topicId, language) : '';
  const titles: Record<ConsultationLevel, ByLanguage> = {
    ministerial: {
      kk: `${kk} Сыртқы істер министрлері кеңесінің отырысы`,
      ru: `Заседание Совета министров иностранных дел ${ru}`,
      en: `${en} Council of Foreign Ministers meeting`,
    },
    deputy_minister: {
      kk: `${kk} аясындағы сыртқы істер министрлері орынбасарларының консультациялары`,
      ru: `Консультации заместителей министров иностранных дел в рамках ${ru}`,
      en: `${en} consultations of deputy foreign ministers`,
    },
    department_head: {
      kk: `${kk} аясындағы СІМ-аралық консультациялар: ${topic}`,
      ru: `Межмидовские консультации в рамках ${ru}: ${topic}`,
      en: `${en} inter-MFA consultations: ${topic}`,
    },
    expert: {
      kk: `${kk} сарапшылар тобының отырысы: ${topic}`,
      ru: `Заседание группы экспертов ${ru}: ${topic}`,
      en: `${en} expert group meeting: ${topic}`,
    },
  };
  return titles[level][language];
}

/** A two-sentence summary: what kind of meeting it was and the topics. */
export function consultationSummary(
  language: Language,
  status: ConsultationStatus,
  topicIds: readonly string[],
  pandemic: boolean,
): string {
  let node = summaries;
  for (const topicId of topicIds) node = child(node, topicId);
  const slot = (languageIndex[language] * 4 + statusIndex[status]) * 2 + (pandemic ? 1 : 0);
  let summary = node.slots[slot];
  if (summary === undefined) {
    summary = summaryText(language, status, topicIds, pandemic);
    node.slots[slot] = summary;
  }
  return summary;
}

function summaryText(
  language: Language,
  status: ConsultationStatus,
  topicIds: readonly string[],
  pandemic: boolean,
): string {
  const list = topicList(topicIds, language);
  const texts: Record<ConsultationStatus, ByLanguage> = {
    held: {
      kk: `Тараптар өзара іс-қимылдың өзекті мәселелері бойынша пікір алмасты. Талқыланған тақырыптар: ${list}.`,
      ru: `Стороны обменялись мнениями по актуальным вопросам взаимодействия. Обсуждённые темы: ${list}.`,
      en: `The sides exchanged views on topical issues of cooperation. Topics discussed: ${list}.`,
    },
    planned: {
      kk: `Күн тәртібіне ұсынылған тақырыптар: ${list}.`,
      ru: `Предлагаемые темы повестки: ${list}.`,
      en: `Proposed agenda: ${list}.`,
    },
    postponed: pandemic
      ? {
          kk: `Консультациялар коронавирус пандемиясына байланысты кейінге қалдырылды. Күн тәртібі: ${list}.`,
          ru: `Консультации перенесены в связи с пандемией коронавируса. Повестка: ${list}.`,
          en: `The consultations were postponed because of the coronavirus pandemic. Agenda: ${list}.`,
        }
      : {
          kk: `Консультациялар кейінге қалдырылды; жаңа мерзімі дипломатиялық арналар арқылы келісіледі. Күн тәртібі: ${list}.`,
          ru: `Консультации перенесены; новые сроки будут согласованы по дипломатическим каналам. Повестка: ${list}.`,
          en: `The consultations were postponed; new dates to be agreed through diplomatic channels. Agenda: ${list}.`,
        },
    cancelled: {
      kk: `Консультациялар тараптардың келісімі бойынша өткізілмеді. Күн тәртібі: ${list}.`,
      ru: `Консультации отменены по договорённости сторон. Повестка: ${list}.`,
      en: `The consultations were cancelled by mutual agreement. Agenda: ${list}.`,
    },
  };
  return texts[status][language];
}

const outcomePool: readonly (readonly [OutcomeKind, ByLanguage])[] = [
  [
    'agreement',
    {
      kk: 'Консультацияларды тұрақты негізде жалғастыруға келісілді.',
      ru: 'Договорились продолжить консультации на регулярной основе.',
      en: 'Agreed to continue the consultations on a regular basis.',
    },
  ],
  [
    'agreement',
    {
      kk: 'Халықаралық ұйымдар аясында өзара қолдау көрсетуге келісілді.',
      ru: 'Договорились о взаимной поддержке в рамках международных организаций.',
      en: 'Agreed on mutual support within international organisations.',
    },
  ],
  [
    'agreement',
    {
      kk: 'Келесі раундтың мерзімдерін дипломатиялық арналар арқылы келісу туралы уағдаласылды.',
      ru: 'Условились согласовать сроки следующего раунда по дипломатическим каналам.',
      en: 'Agreed to set the dates of the next round through diplomatic channels.',
    },
  ],
  [
    'proposal',
    {
      kk: 'Сыртқы саяси аналитикалық орталықтардың бірлескен семинарын өткізу ұсынылды.',
      ru: 'Предложено провести совместный семинар внешнеполитических аналитических центров.',
      en: 'Proposed a joint seminar of foreign-policy think tanks.',
    },
  ],
  [
    'proposal',
    {
      kk: 'Сарапшылар деңгейінде жұмыс тобын құру ұсынылды.',
      ru: 'Предложено создать рабочую группу на уровне экспертов.',
      en: 'Proposed setting up an expert-level working group.',
    },
  ],
  [
    'proposal',
    {
      kk: 'Ынтымақтастық жоспарына жаңа тармақтар енгізу ұсынылды.',
      ru: 'Предложено дополнить план сотрудничества новыми пунктами.',
      en: 'Proposed adding new items to the cooperation plan.',
    },
  ],
  [
    'decision',
    {
      kk: 'Ақпарат алмасу туралы өзара түсіністік меморандумының жобасын пысықтау туралы шешім қабылданды.',
      ru: 'Решено доработать проект меморандума о взаимопонимании по обмену информацией.',
      en: 'Decided to finalise the draft memorandum of understanding on information exchange.',
    },
  ],
  [
    'decision',
    {
      kk: 'Бірлескен мәлімдеменің мәтіні мақұлданды.',
      ru: 'Одобрен текст совместного заявления.',
      en: 'Approved the text of a joint statement.',
    },
  ],
  [
    'decision',
    {
      kk: 'Консультациялардың хаттамасына қол қойылды.',
      ru: 'Подписан протокол консультаций.',
      en: 'Signed the protocol of the consultations.',
    },
  ],
];

/** One to three outcomes with their final ids (`<consultation>-o1`…). */
export function randomOutcomes(
  rng: Random,
  language: Language,
  count: number,
  idPrefix: string,
): Outcome[] {
  const picked = rng.sample(outcomePool, count);
  const outcomes: Outcome[] = [];
  for (let i = 0; i < picked.length; i += 1) {
    const entry = picked[i];
    if (entry)
      outcomes.push({ id: `${idPrefix}-o${i + 1}`, kind: entry[0], text: entry[1][language] });
  }
  return outcomes;
}

export function nextRoundText(language: Language): string {
  return {
    kk: 'Консультациялардың келесі раунды',
    ru: 'Следующий раунд консультаций',
    en: 'Next round of consultations',
  }[language];
}

export type ConditionKind = 'epidemic' | 'dates' | 'schedule';

/** The seed's "depending on the sanitary-epidemiological situation", and two other usual ones. */
export function conditionText(kind: ConditionKind, language: Language): string {
  const texts: Record<ConditionKind, ByLanguage> = {
    epidemic: {
      kk: 'санитарлық-эпидемиологиялық жағдайдың дамуын ескере отырып',
      ru: 'с учётом развития санитарно-эпидемиологической ситуации',
      en: 'depending on the sanitary-epidemiological situation',
    },
    dates: {
      kk: 'мерзімдері дипломатиялық арналар арқылы келісілген жағдайда',
      ru: 'при согласовании сроков по дипломатическим каналам',
      en: 'subject to agreeing the dates through diplomatic channels',
    },
    schedule: {
      kk: 'министрдің сапар кестесі расталған жағдайда',
      ru: 'при подтверждении графика визита министра',
      en: "subject to confirmation of the minister's schedule",
    },
  };
  return texts[kind][language];
}
