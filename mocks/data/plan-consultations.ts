import type { Consultation, FuzzyDate } from '@/api/schemas';
import {
  buildConsultation,
  completeSpec,
  type ConsultationSpec,
  type HostSpec,
} from './build-consultation';
import { cityName, placeCountry } from './lookup';
import { ASTANA_PLACE_ID, placeId } from './places';
import { createRandom, hashSeed } from './prng';
import { conditionText } from './texts';

/**
 * Consultations held (or not) under the cooperation plans in `plans.ts`. They are written by hand
 * so that each plan's fulfilment comes out as intended: held, postponed and cancelled items,
 * a recurring item met twice, planned items in late 2022, and follow-ups answered by a planned
 * consultation and by a draft plan item. Delegations, summaries and sources come from the same
 * builder as the generated records.
 */
const day = (start: string, end?: string): FuzzyDate => ({
  start,
  ...(end ? { end } : {}),
  precision: 'day',
  approximate: false,
});
const month = (start: string, approximate = false): FuzzyDate => ({
  start,
  precision: 'month',
  approximate,
});
const at = (code: string, slug: string, venue = ''): HostSpec => ({
  partyCode: code,
  placeId: slug === 'astana' ? ASTANA_PLACE_ID : placeId(slug),
  venue,
});
const online = (code: string): HostSpec => ({ partyCode: code, placeId: null });

type Anchor = Omit<ConsultationSpec, 'kind' | 'partyCodes'> & { partner: string };

const anchors: readonly Anchor[] = [
  // KZ–BY 2020–2021.
  {
    id: 'c-kz-by-2020-deputy',
    partner: 'BY',
    level: 'deputy_minister',
    format: 'in_person',
    status: 'postponed',
    date: month('2020-05-01'),
    topicIds: ['topic-cis-integration', 'topic-eaeu', 'topic-pandemic'],
    language: 'ru',
    host: at('BY', 'minsk'),
    planItemId: 'pi-kz-by-2020-deputy',
    title: 'Политические консультации МИД Казахстана и Беларуси на уровне заместителей министров',
  },
  {
    id: 'c-kz-by-2020-cis-eaeu',
    partner: 'BY',
    level: 'department_head',
    format: 'video',
    status: 'held',
    date: day('2020-09-24'),
    topicIds: ['topic-eaeu', 'topic-cis-integration', 'topic-trade'],
    language: 'ru',
    host: online('KZ'),
    planItemId: 'pi-kz-by-2020-cis-eaeu',
    title: 'Консультации МИД Казахстана и Беларуси по вопросам сотрудничества в рамках СНГ и ЕАЭС',
  },
  {
    id: 'c-kz-by-2021-cis-eaeu',
    partner: 'BY',
    level: 'department_head',
    format: 'in_person',
    status: 'held',
    date: day('2021-10-14'),
    topicIds: ['topic-eaeu', 'topic-cis-integration', 'topic-migration'],
    language: 'kk',
    host: at('BY', 'minsk'),
    planItemId: 'pi-kz-by-2020-cis-eaeu',
    title:
      'Қазақстан мен Беларусь СІМ-дерінің ТМД және ЕАЭО аясындағы ынтымақтастық мәселелері бойынша консультациялары',
  },
  {
    id: 'c-kz-by-2021-consular',
    partner: 'BY',
    level: 'department_head',
    format: 'in_person',
    status: 'cancelled',
    date: month('2021-06-01'),
    topicIds: ['topic-consular', 'topic-visa', 'topic-repatriation'],
    language: 'ru',
    host: at('KZ', 'astana'),
    planItemId: 'pi-kz-by-2020-consular',
    title: 'Консультации консульских служб МИД Казахстана и Беларуси',
  },
  {
    id: 'c-kz-by-2021-legal',
    partner: 'BY',
    level: 'department_head',
    format: 'video',
    status: 'held',
    date: day('2021-09-08'),
    topicIds: ['topic-legal'],
    language: 'en',
    host: online('BY'),
    planItemId: 'pi-kz-by-2020-legal',
    title: 'Kazakhstan – Belarus consultations on treaty and legal matters',
  },

  // KZ–CN 2019–2020.
  {
    id: 'c-kz-cn-2019-deputy',
    partner: 'CN',
    level: 'deputy_minister',
    format: 'in_person',
    status: 'held',
    date: day('2019-05-16'),
    topicIds: ['topic-trade', 'topic-transport', 'topic-geopolitics'],
    language: 'ru',
    host: at('CN', 'beijing'),
    planItemId: 'pi-kz-cn-2019-deputy',
    title: 'Консультации заместителей министров иностранных дел Казахстана и Китая',
  },
  {
    id: 'c-kz-cn-2019-planning',
    partner: 'CN',
    level: 'department_head',
    format: 'in_person',
    status: 'held',
    date: day('2019-11-06', '2019-11-07'),
    topicIds: ['topic-fp-planning', 'topic-geopolitics', 'topic-eurasian-macroregions'],
    language: 'en',
    host: at('KZ', 'astana'),
    planItemId: 'pi-kz-cn-2019-planning',
    title: 'Kazakhstan – China consultations on foreign-policy planning',
  },
  {
    id: 'c-kz-cn-2020-planning',
    partner: 'CN',
    level: 'department_head',
    format: 'video',
    status: 'held',
    date: day('2020-12-03'),
    topicIds: ['topic-fp-planning', 'topic-pandemic', 'topic-geopolitics'],
    language: 'ru',
    host: online('CN'),
    planItemId: 'pi-kz-cn-2019-planning',
    title: 'Консультации МИД Казахстана и Китая по вопросам внешнеполитического планирования',
  },
  {
    id: 'c-kz-cn-2020-consular',
    partner: 'CN',
    level: 'department_head',
    format: 'in_person',
    status: 'postponed',
    date: month('2020-03-01'),
    topicIds: ['topic-consular', 'topic-visa', 'topic-repatriation'],
    language: 'kk',
    host: at('CN', 'beijing'),
    planItemId: 'pi-kz-cn-2019-consular',
    title: 'Қазақстан мен Қытай арасындағы консулдық консультациялар',
  },
  {
    id: 'c-kz-cn-2020-water',
    partner: 'CN',
    level: 'department_head',
    format: 'video',
    status: 'held',
    date: day('2020-09-17'),
    topicIds: ['topic-water'],
    language: 'ru',
    host: online('KZ'),
    planItemId: 'pi-kz-cn-2019-water',
    title: 'Консультации МИД Казахстана и Китая по вопросам трансграничных рек',
  },
  {
    id: 'c-kz-cn-2020-transport',
    partner: 'CN',
    level: 'expert',
    format: 'video',
    status: 'cancelled',
    date: month('2020-10-01'),
    topicIds: ['topic-transport', 'topic-middle-corridor'],
    language: 'en',
    host: online('CN'),
    planItemId: 'pi-kz-cn-2019-transport',
    title: 'Kazakhstan – China expert consultations on transport and transit',
  },

  // KZ–UZ 2021–2022.
  {
    id: 'c-kz-uz-2021-deputy',
    partner: 'UZ',
    level: 'deputy_minister',
    format: 'hybrid',
    status: 'held',
    date: day('2021-03-11'),
    topicIds: ['topic-central-asia', 'topic-water', 'topic-afghanistan', 'topic-trade'],
    language: 'ru',
    host: at('UZ', 'tashkent'),
    planItemId: 'pi-kz-uz-2021-deputy',
    title:
      'Политические консультации МИД Казахстана и Узбекистана на уровне заместителей министров',
    followUps: [
      {
        text: 'Второй раунд политических консультаций на уровне заместителей министров',
        due: { start: '2022-01-01', precision: 'year', approximate: false },
        condition: conditionText('epidemic', 'ru'),
        place: {
          placeId: ASTANA_PLACE_ID,
          city: cityName(ASTANA_PLACE_ID, '2022-01-01', 'ru'),
          countryCode: placeCountry(ASTANA_PLACE_ID),
          venue: '',
        },
        // Answered by the planned round of November 2022.
        status: 'planned',
        becameConsultationId: 'c-kz-uz-2022-deputy',
        becamePlanItemId: null,
      },
    ],
  },
  {
    id: 'c-kz-uz-2021-fp-analysis',
    partner: 'UZ',
    level: 'department_head',
    format: 'video',
    status: 'held',
    date: day('2021-06-15'),
    topicIds: [
      'topic-geopolitics',
      'topic-fp-priorities',
      'topic-analytical-institutes',
      'topic-afghanistan',
    ],
    language: 'kk',
    host: online('KZ'),
    planItemId: 'pi-kz-uz-2021-fp-analysis',
    title:
      'Қазақстан мен Өзбекстан арасындағы сыртқы саяси талдау мәселелері бойынша консультациялар',
  },
  {
    id: 'c-kz-uz-2022-fp-analysis',
    partner: 'UZ',
    level: 'department_head',
    format: 'in_person',
    status: 'planned',
    date: month('2022-11-01'),
    topicIds: ['topic-geopolitics', 'topic-central-asia', 'topic-analytical-institutes'],
    language: 'kk',
    host: at('UZ', 'tashkent'),
    planItemId: 'pi-kz-uz-2021-fp-analysis',
    condition: conditionText('dates', 'kk'),
    title:
      'Қазақстан мен Өзбекстан арасындағы сыртқы саяси талдау мәселелері бойынша консультациялар (екінші раунд)',
  },
  {
    id: 'c-kz-uz-2022-water',
    partner: 'UZ',
    level: 'department_head',
    format: 'in_person',
    status: 'held',
    date: day('2022-05-19', '2022-05-20'),
    topicIds: ['topic-water', 'topic-energy'],
    language: 'ru',
    host: at('KZ', 'astana'),
    planItemId: 'pi-kz-uz-2021-water',
    title: 'Консультации МИД Казахстана и Узбекистана по водно-энергетическим вопросам',
  },
  {
    id: 'c-kz-uz-2022-deputy',
    partner: 'UZ',
    level: 'deputy_minister',
    format: 'in_person',
    status: 'planned',
    date: month('2022-11-01', true),
    topicIds: ['topic-central-asia', 'topic-trade', 'topic-transport'],
    language: 'ru',
    host: at('KZ', 'astana'),
    planItemId: 'pi-kz-uz-2021-deputy-2',
    condition: conditionText('dates', 'ru'),
    title:
      'Второй раунд политических консультаций МИД Казахстана и Узбекистана на уровне заместителей министров',
  },

  // KZ–RU 2021–2022.
  {
    id: 'c-kz-ru-2021-planning',
    partner: 'RU',
    level: 'department_head',
    format: 'hybrid',
    status: 'held',
    date: day('2021-04-20'),
    topicIds: ['topic-fp-planning', 'topic-geopolitics', 'topic-eaeu', 'topic-pandemic'],
    language: 'ru',
    host: at('RU', 'moscow'),
    planItemId: 'pi-kz-ru-2021-planning',
    title: 'Консультации МИД Казахстана и России по вопросам внешнеполитического планирования',
  },
  {
    id: 'c-kz-ru-2022-planning',
    partner: 'RU',
    level: 'department_head',
    format: 'video',
    status: 'held',
    date: day('2022-04-14'),
    topicIds: ['topic-fp-planning', 'topic-geopolitics', 'topic-analytical-institutes'],
    language: 'kk',
    host: online('KZ'),
    planItemId: 'pi-kz-ru-2021-planning',
    title:
      'Қазақстан мен Ресей СІМ-дері арасындағы сыртқы саяси жоспарлау мәселелері бойынша консультациялар',
    outcomes: [
      { kind: 'agreement', text: 'Консультацияларды тұрақты негізде жалғастыруға келісілді.' },
      {
        kind: 'proposal',
        text: 'Сыртқы саяси аналитикалық институттар арасында консультациялар өткізу ұсынылды.',
      },
    ],
    followUps: [
      {
        text: 'Сыртқы саяси аналитикалық институттар арасындағы консультациялар',
        due: { start: '2023-01-01', precision: 'year', approximate: false },
        condition: '',
        place: {
          placeId: ASTANA_PLACE_ID,
          city: cityName(ASTANA_PLACE_ID, '2023-01-01', 'kk'),
          countryCode: placeCountry(ASTANA_PLACE_ID),
          venue: '',
        },
        // Taken into the draft 2023–2024 plan.
        status: 'planned',
        becameConsultationId: null,
        becamePlanItemId: 'pi-kz-ru-2023-analytical',
      },
    ],
  },
  {
    id: 'c-kz-ru-2021-caspian',
    partner: 'RU',
    level: 'department_head',
    format: 'in_person',
    status: 'held',
    date: day('2021-08-25'),
    topicIds: ['topic-caspian', 'topic-energy', 'topic-transport'],
    language: 'en',
    host: at('KZ', 'astana'),
    planItemId: 'pi-kz-ru-2021-caspian',
    title: 'Kazakhstan – Russia consultations on the legal status of the Caspian Sea',
  },
  {
    id: 'c-kz-ru-2022-consular',
    partner: 'RU',
    level: 'department_head',
    format: 'in_person',
    status: 'postponed',
    date: month('2022-02-01'),
    topicIds: ['topic-consular', 'topic-migration'],
    language: 'ru',
    host: at('RU', 'moscow'),
    planItemId: 'pi-kz-ru-2021-consular',
    title: 'Консультации консульских служб МИД Казахстана и России',
  },
  {
    id: 'c-kz-ru-2022-security',
    partner: 'RU',
    level: 'expert',
    format: 'in_person',
    status: 'planned',
    date: day('2022-12-06'),
    topicIds: ['topic-cybersecurity'],
    language: 'ru',
    host: at('RU', 'moscow'),
    planItemId: 'pi-kz-ru-2021-security',
    title:
      'Консультации экспертов МИД Казахстана и России по международной информационной безопасности',
  },

  // KZ–TR 2022–2023.
  {
    id: 'c-kz-tr-2022-deputy',
    partner: 'TR',
    level: 'deputy_minister',
    format: 'in_person',
    status: 'held',
    date: day('2022-06-09'),
    topicIds: ['topic-middle-corridor', 'topic-trade', 'topic-eurasian-macroregions'],
    language: 'en',
    host: at('TR', 'ankara'),
    planItemId: 'pi-kz-tr-2022-deputy',
    title: 'Kazakhstan – Türkiye political consultations at deputy foreign minister level',
  },
  {
    id: 'c-kz-tr-2022-middle-corridor',
    partner: 'TR',
    level: 'department_head',
    format: 'in_person',
    status: 'planned',
    date: day('2022-10-26', '2022-10-27'),
    topicIds: ['topic-middle-corridor', 'topic-transport'],
    language: 'kk',
    host: at('KZ', 'astana'),
    planItemId: 'pi-kz-tr-2022-middle-corridor',
    condition: conditionText('dates', 'kk'),
    title:
      'Қазақстан мен Түркия арасындағы Транскаспий халықаралық көлік бағыты бойынша консультациялар',
  },
];

export function createPlanConsultations(): Consultation[] {
  return anchors.map(({ partner, ...spec }) =>
    buildConsultation(
      completeSpec({ ...spec, kind: 'bilateral', partyCodes: ['KZ', partner] }),
      createRandom(hashSeed(spec.id)),
    ),
  );
}
