import type {
  ConsultationFormat,
  ConsultationLevel,
  ConsultationStatus,
  Language,
} from '@/api/schemas';
import type { Weighted } from './prng';

/**
 * How often Kazakhstan meets whom, and about what. The weights are a plausible mix for a
 * Central Asian foreign ministry (neighbours and the CIS first); they are not statistics.
 */
export interface Counterpart {
  code: string;
  weight: number;
  topics: readonly string[];
}

/** Bilateral counterparts: countries, and organisations Kazakhstan holds one-to-one talks with. */
export const bilateralCounterparts: readonly Counterpart[] = [
  {
    code: 'RU',
    weight: 10,
    topics: [
      'topic-eaeu',
      'topic-cis-integration',
      'topic-caspian',
      'topic-border',
      'topic-cybersecurity',
      'topic-migration',
      'topic-fp-planning',
      'topic-transport',
    ],
  },
  {
    code: 'UZ',
    weight: 9,
    topics: [
      'topic-water',
      'topic-central-asia',
      'topic-border',
      'topic-afghanistan',
      'topic-trade',
      'topic-transport',
      'topic-analytical-institutes',
    ],
  },
  {
    code: 'KG',
    weight: 7,
    topics: [
      'topic-water',
      'topic-central-asia',
      'topic-border',
      'topic-eaeu',
      'topic-migration',
      'topic-trade',
    ],
  },
  {
    code: 'BY',
    weight: 6,
    topics: [
      'topic-eaeu',
      'topic-cis-integration',
      'topic-analytical-institutes',
      'topic-3d',
      'topic-geopolitics',
      'topic-trade',
      'topic-education',
    ],
  },
  {
    code: 'CN',
    weight: 7,
    topics: [
      'topic-trade',
      'topic-transport',
      'topic-water',
      'topic-education',
      'topic-culture',
      'topic-digital',
      'topic-visa',
    ],
  },
  {
    code: 'TJ',
    weight: 5,
    topics: [
      'topic-water',
      'topic-central-asia',
      'topic-afghanistan',
      'topic-energy',
      'topic-migration',
    ],
  },
  {
    code: 'TM',
    weight: 4,
    topics: ['topic-caspian', 'topic-energy', 'topic-transport', 'topic-central-asia'],
  },
  {
    code: 'AZ',
    weight: 4,
    topics: ['topic-caspian', 'topic-middle-corridor', 'topic-energy', 'topic-transport'],
  },
  {
    code: 'TR',
    weight: 5,
    topics: [
      'topic-middle-corridor',
      'topic-trade',
      'topic-culture',
      'topic-education',
      'topic-eurasian-macroregions',
    ],
  },
  { code: 'AM', weight: 2, topics: ['topic-eaeu', 'topic-cis-integration', 'topic-trade'] },
  { code: 'GE', weight: 2, topics: ['topic-middle-corridor', 'topic-transport', 'topic-trade'] },
  {
    code: 'IR',
    weight: 2,
    topics: ['topic-caspian', 'topic-transport', 'topic-trade', 'topic-afghanistan'],
  },
  {
    code: 'IN',
    weight: 3,
    topics: ['topic-trade', 'topic-afghanistan', 'topic-terrorism', 'topic-education'],
  },
  { code: 'PK', weight: 2, topics: ['topic-afghanistan', 'topic-transport', 'topic-trade'] },
  { code: 'MN', weight: 2, topics: ['topic-trade', 'topic-culture', 'topic-transport'] },
  {
    code: 'AF',
    weight: 2,
    topics: ['topic-afghanistan', 'topic-food-security', 'topic-education', 'topic-transport'],
  },
  {
    code: 'DE',
    weight: 3,
    topics: [
      'topic-trade',
      'topic-energy',
      'topic-climate',
      'topic-education',
      'topic-geopolitics',
    ],
  },
  {
    code: 'FR',
    weight: 2,
    topics: ['topic-trade', 'topic-energy', 'topic-culture', 'topic-climate'],
  },
  {
    code: 'GB',
    weight: 2,
    topics: ['topic-trade', 'topic-education', 'topic-human-rights', 'topic-climate'],
  },
  {
    code: 'US',
    weight: 3,
    topics: [
      'topic-afghanistan',
      'topic-nonproliferation',
      'topic-trade',
      'topic-human-rights',
      'topic-geopolitics',
    ],
  },
  {
    code: 'JP',
    weight: 2,
    topics: ['topic-trade', 'topic-nonproliferation', 'topic-sdg', 'topic-education'],
  },
  {
    code: 'KR',
    weight: 2,
    topics: ['topic-trade', 'topic-digital', 'topic-education', 'topic-culture'],
  },
  { code: 'AE', weight: 2, topics: ['topic-trade', 'topic-energy', 'topic-food-security'] },
  { code: 'SA', weight: 1, topics: ['topic-trade', 'topic-energy', 'topic-culture'] },
  { code: 'EG', weight: 1, topics: ['topic-trade', 'topic-culture', 'topic-education'] },
  { code: 'HU', weight: 2, topics: ['topic-trade', 'topic-education', 'topic-culture'] },
  { code: 'PL', weight: 1, topics: ['topic-trade', 'topic-transport', 'topic-education'] },
  { code: 'IT', weight: 1, topics: ['topic-trade', 'topic-culture', 'topic-energy'] },
  { code: 'QA', weight: 1, topics: ['topic-trade', 'topic-afghanistan', 'topic-energy'] },
  {
    code: 'EU',
    weight: 3,
    topics: ['topic-trade', 'topic-climate', 'topic-energy', 'topic-human-rights', 'topic-visa'],
  },
  {
    code: 'UN',
    weight: 2,
    topics: ['topic-sdg', 'topic-afghanistan', 'topic-un-agenda', 'topic-climate'],
  },
  {
    code: 'OSCE',
    weight: 1,
    topics: ['topic-human-rights', 'topic-confidence-building', 'topic-terrorism'],
  },
  {
    code: 'OIC',
    weight: 1,
    topics: ['topic-food-security', 'topic-education', 'topic-human-rights'],
  },
];

/** Multilateral forums: the organisation hosts, some members send delegations. */
export interface Forum extends Counterpart {
  members: readonly string[];
  /** Forums with a council of foreign ministers: the only ones met at ministerial level. */
  ministerial: boolean;
}

export const forums: readonly Forum[] = [
  {
    code: 'CIS',
    weight: 7,
    ministerial: true,
    members: ['AZ', 'AM', 'BY', 'KG', 'RU', 'TJ', 'UZ'],
    topics: [
      'topic-cis-integration',
      'topic-intl-situation-cis',
      'topic-fp-planning',
      'topic-consular',
      'topic-migration',
      'topic-culture',
    ],
  },
  {
    code: 'SCO',
    weight: 5,
    ministerial: true,
    members: ['CN', 'IN', 'KG', 'PK', 'RU', 'TJ', 'UZ'],
    topics: [
      'topic-terrorism',
      'topic-afghanistan',
      'topic-cybersecurity',
      'topic-trade',
      'topic-transport',
    ],
  },
  {
    code: 'EAEU',
    weight: 4,
    ministerial: false,
    members: ['AM', 'BY', 'KG', 'RU'],
    topics: ['topic-eaeu', 'topic-trade', 'topic-transport', 'topic-digital'],
  },
  {
    code: 'CICA',
    weight: 4,
    ministerial: true,
    members: [
      'AZ',
      'CN',
      'EG',
      'IN',
      'IR',
      'KG',
      'MN',
      'PK',
      'QA',
      'RU',
      'KR',
      'TJ',
      'TR',
      'AE',
      'UZ',
    ],
    topics: [
      'topic-confidence-building',
      'topic-terrorism',
      'topic-afghanistan',
      'topic-food-security',
    ],
  },
  {
    code: 'OTS',
    weight: 4,
    ministerial: true,
    members: ['AZ', 'KG', 'TR', 'UZ', 'HU', 'TM'],
    topics: [
      'topic-middle-corridor',
      'topic-transport',
      'topic-culture',
      'topic-education',
      'topic-trade',
    ],
  },
  {
    code: 'CSTO',
    weight: 2,
    ministerial: true,
    members: ['AM', 'BY', 'KG', 'RU', 'TJ'],
    topics: ['topic-afghanistan', 'topic-terrorism', 'topic-cybersecurity'],
  },
  {
    code: 'UN',
    weight: 2,
    ministerial: false,
    members: ['UZ', 'KG', 'TJ', 'TM', 'AF'],
    topics: [
      'topic-sdg',
      'topic-climate',
      'topic-water',
      'topic-afghanistan',
      'topic-nonproliferation',
    ],
  },
  {
    code: 'OSCE',
    weight: 1,
    ministerial: false,
    members: ['UZ', 'KG', 'TJ', 'TM', 'DE', 'FR', 'PL'],
    topics: ['topic-human-rights', 'topic-confidence-building', 'topic-terrorism'],
  },
];

export const bilateralLevels: Weighted<ConsultationLevel> = [
  ['ministerial', 6],
  ['deputy_minister', 22],
  ['department_head', 44],
  ['expert', 28],
];

/** Meetings with an organisation are never between ministers in this data set. */
export const organisationLevels: Weighted<ConsultationLevel> = [
  ['deputy_minister', 25],
  ['department_head', 45],
  ['expert', 30],
];

export const forumLevels: Weighted<ConsultationLevel> = [
  ['ministerial', 8],
  ['deputy_minister', 20],
  ['department_head', 42],
  ['expert', 30],
];

/** Formats by period: almost all in person before COVID, mostly video in 2020, mixed after. */
const formatsBeforeCovid: Weighted<ConsultationFormat> = [
  ['in_person', 90],
  ['video', 3],
  ['hybrid', 7],
];
const formats2020: Weighted<ConsultationFormat> = [
  ['in_person', 15],
  ['video', 72],
  ['hybrid', 13],
];
const formats2021: Weighted<ConsultationFormat> = [
  ['in_person', 38],
  ['video', 37],
  ['hybrid', 25],
];
const formats2022: Weighted<ConsultationFormat> = [
  ['in_person', 66],
  ['video', 14],
  ['hybrid', 20],
];

export function formatWeights(date: string): Weighted<ConsultationFormat> {
  if (date < '2020-03-15') return formatsBeforeCovid;
  if (date < '2021-01-01') return formats2020;
  if (date < '2022-01-01') return formats2021;
  return formats2022;
}

/** Past meetings were mostly held; future ones are planned. */
export const pastStatuses: Weighted<ConsultationStatus> = [
  ['held', 82],
  ['postponed', 9],
  ['cancelled', 9],
];
export const futureStatuses: Weighted<ConsultationStatus> = [
  ['planned', 85],
  ['postponed', 8],
  ['cancelled', 7],
];

/** Records of CIS partners are mostly in Russian or Kazakh; others more often in English. */
export const languagesNearby: Weighted<Language> = [
  ['ru', 55],
  ['kk', 33],
  ['en', 12],
];
export const languagesFar: Weighted<Language> = [
  ['en', 45],
  ['ru', 30],
  ['kk', 25],
];
