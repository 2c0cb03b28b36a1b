import type { ConsultationFormat, OutcomeKind } from '@/api/schemas';

/** Words that say a meeting is reported: "консультациялар", "встреча", "talks". */
const meetingWords =
  /консультац|кездесу|келіссөз|отырыс|встреч|переговор|заседан|consultation|meeting|talks|session/iu;
export const mentionsMeeting = (text: string) => meetingWords.test(text);

/** "келесі", "следующие", "next": what comes after this meeting. */
const nextWords = /келесі|алдағы|кезекті|следующ|очередн|next|upcoming/iu;
export const mentionsNext = (text: string) => nextWords.test(text);

const outcomeWords: readonly [OutcomeKind, RegExp][] = [
  [
    'agreement',
    /келісті|келісілді|уағдаласты|уағдаластыққа|договорил|условил|согласились|договоренност|договорённост|agreed|agreement was reached/iu,
  ],
  [
    'decision',
    /шешті|шешім қабылда|решили|принял[иа]? решение|принято решение|decided|took a decision/iu,
  ],
  [
    'proposal',
    /ұсыныстар|ұсынысын|ұсыныс енгіз|ұсынды|предложени|предложил|внесли предлож|proposed|proposals|suggested/iu,
  ],
];

/** What a sentence records as a result of the meeting, if anything. */
export function outcomeKindOf(sentence: string): OutcomeKind | null {
  return outcomeWords.find(([, pattern]) => pattern.test(sentence))?.[0] ?? null;
}

const futureWords =
  /өтеді|өткізіледі|өткізу жоспар|жоспарлан|состоится|состоятся|пройдут|пройдет|пройдёт|планирует|запланирован|will be held|will hold|will take place|is scheduled|are scheduled|is planned|are planned/iu;
export const speaksOfFuture = (text: string) => futureWords.test(text);

const planWords =
  /ынтымақтастық жоспар|план\p{L}* сотрудничеств|cooperation plan|plan of cooperation/iu;
export const mentionsPlan = (text: string) => planWords.test(text);

export function formatOf(text: string): ConsultationFormat | null {
  if (/гибрид|hybrid|аралас форматта/iu.test(text)) return 'hybrid';
  if (
    /бейнеконференц|видеоконференц|видеосвяз|онлайн|online|video ?conference|by video|videolink/iu.test(
      text,
    )
  )
    return 'video';
  return null;
}

/** Words that begin a clause; a condition does not reach back past them. */
const clauseStarts = new Set([
  'тараптар',
  'қатысушылар',
  'сәйкес',
  'және',
  'сондай-ақ',
  'стороны',
  'участники',
  'также',
  'и',
  'the',
  'parties',
  'sides',
  'and',
]);

/**
 * The condition a next step depends on: "санитарлық-эпидемиологиялық жағдайдың дамуын ескере
 * отырып", "с учётом санитарно-эпидемиологической обстановки", "depending on the epidemiological
 * situation".
 */
export function conditionOf(sentence: string): string {
  const kazakh = /(?:ескере отырып|байланысты|қарай)(?![\p{L}])/iu.exec(sentence);
  if (kazakh) {
    const before = sentence.slice(0, kazakh.index).split(/[,;:]/).at(-1) ?? '';
    const words = before.trim().split(/\s+/).filter(Boolean);
    const kept: string[] = [];
    for (let i = words.length - 1; i >= 0 && kept.length < 6; i--) {
      const word = words[i] as string;
      if (clauseStarts.has(word.toLocaleLowerCase('ru'))) break;
      kept.unshift(word);
    }
    if (kept.length) return `${kept.join(' ')} ${kazakh[0]}`.trim();
  }
  const other =
    /(?:с\s+уч[её]том|в\s+зависимости\s+от|при\s+условии|depending\s+on|subject\s+to|taking\s+into\s+account|in\s+the\s+light\s+of)\s+[^,.;:]+/iu.exec(
      sentence,
    );
  if (other) {
    return other[0]
      .replace(
        /\s+(?:в\s+следующем\s+году|в\s+будущем\s+году|next\s+year|in\s+\p{Lu}[\p{L}-]*).*$/u,
        '',
      )
      .trim();
  }
  return '';
}

export interface Attribution {
  publisher: string;
  /** The attribution clause as written, to leave out of a summary. */
  clause: string;
}

const attributionPatterns: readonly RegExp[] = [
  /,?\s*деп\s+(?:хабарлайды|хабарлады|жазады|мәлімдейді)\s+(.+?)(?=[.,;](?:\s|$)|$)/iu,
  /(?:,\s*|как\s+)(?:сообщает|сообщают|передает|передаёт|пишет)\s+(.+?)(?=[.,;](?:\s|$)|$)/iu,
  /,\s*([^,.;]{2,60}?)\s+(?:reports|reported|хабарлайды|сообщает)\s*(?=[.;]|$)/iu,
  /,\s*(?:reports|reported)\s+(.+?)(?=[.;](?:\s|$)|$)/iu,
  /according\s+to\s+(.+?)(?=[.,;](?:\s|$)|$)/iu,
];

/** Who published the item, from "деп хабарлайды Jana-kezen.kz", "сообщает …" or "… reports". */
export function attributionOf(sentence: string): Attribution | null {
  for (const pattern of attributionPatterns) {
    const m = pattern.exec(sentence);
    const publisher = m?.[1]?.trim().replace(/[«»"“”]/g, '');
    if (m && publisher && publisher.length <= 80 && publisher.split(/\s+/).length <= 8)
      return { publisher, clause: m[0] };
  }
  return null;
}

const domainPattern = /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}$/iu;

/** A publisher written as a site name ("Jana-kezen.kz") gives the site's address. */
export function siteOf(publisher: string): string {
  return domainPattern.test(publisher) ? `https://${publisher.toLowerCase()}/` : '';
}

/** The first web address in the text, without trailing punctuation. */
export function firstUrl(text: string): string {
  const m = /https?:\/\/[^\s<>"«»]+/iu.exec(text);
  return m ? m[0].replace(/[.,;:!?)\]]+$/u, '') : '';
}

/** A quoted theme: «…», “…” or "…". */
export function quotedTheme(text: string): string {
  const m = /«([^»]{8,300})»|“([^”]{8,300})”|"([^"]{8,300})"/u.exec(text);
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
}
