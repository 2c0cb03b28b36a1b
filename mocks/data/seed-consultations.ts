import type { Consultation } from '@/api/schemas';
import { buildConsultation, completeSpec, type ConsultationSpec } from './build-consultation';
import { BY_MIAD_ID, CIS_EC_ID, KZ_FPAD_ID } from './bodies';
import { SEED_CIS_ID, SEED_KZ_BY_ID, SEED_PLAN_ITEM_ID } from './ids';
import { cityName, placeCountry } from './lookup';
import { SHAMISHEV_ID } from './people';
import { ASTANA_PLACE_ID, placeId } from './places';
import { createRandom, hashSeed } from './prng';
import { janaKezenSource } from './sources';

/**
 * The two consultations of the seed news item (shared/seeds/000_712ed927a8de87a1.txt), recorded
 * as an analyst would log them from it: in Kazakh, with only what the text says. The page's noise
 * ("Басты", "Басқа жаңалықтар", "Back to top button") is left out of the summaries.
 */
const kzBy: ConsultationSpec = {
  id: SEED_KZ_BY_ID,
  kind: 'bilateral',
  partyCodes: ['KZ', 'BY'],
  level: 'department_head',
  // The text gives no format. Late 2020, in the pandemic, consultations between the two
  // ministries were held by video, so that is the likeliest; an analyst can correct it.
  format: 'video',
  status: 'held',
  // No date in the text; it was published in late December 2020 and reports the meeting
  // before the one of 22 December: "Q4 2020, approximately".
  date: { start: '2020-10-01', precision: 'quarter', approximate: true },
  topicIds: [
    'topic-pandemic',
    'topic-geopolitics',
    'topic-eaeu',
    'topic-cis-integration',
    'topic-fp-priorities',
    'topic-eurasian-macroregions',
    'topic-3d',
    'topic-analytical-institutes',
  ],
  language: 'kk',
  // A video meeting: no city, and the text does not say who organised it.
  host: null,
  title: 'Қазақстан мен Беларусь арасындағы СІМ-аралық консультациялар',
  summary:
    'Қазақстан Республикасының Сыртқы істер министрлігі мен Беларусь Республикасының Сыртқы істер министрлігі арасындағы 2020-2021 жылдарға арналған Ынтымақтастық жоспарына сәйкес, екі ведомствоның Сыртқы саяси талдау және болжамдау департаменті (ССТБД) мен Бас ақпараттық-талдау басқармасы басшылары арасында консультациялар өтті. ' +
    'Тараптар коронавирустық пандемия жағдайындағы халықаралық қатынастардың өзекті мәселелерін, сондай-ақ жаңа геосаяси және геоэкономикалық жағдайларды талқылады. ' +
    'ЕАЭО, ТМД және басқа да халықаралық ұйымдар шеңберінде Қазақстан мен Беларусь қатысатын интеграциялық бірлестіктерді дамытудың проблемалары мен перспективалары жөнінде пікір алмасылды. ' +
    'Сонымен қатар, екі мемлекеттің сыртқы саясатындағы өзекті басымдықтар атап өтілді. ' +
    'Тараптар Еуразиялық макроөңірлерді интеграциялық ұштастыру, оның ішінде ҚР Тұңғыш Президенті – Елбасы Нұрсұлтан Назарбаевтың «Үш диалог – 3 Д» геосаяси тұжырымдамасының маңыздылығын атап өтті. ' +
    'Консультацияларға қатысушылар күн тәртібіндегі талқыланатын мәселелердің өзектілігін және осындай кездесулерді өткізудің пайдалылығын атап кетті.',
  planItemId: SEED_PLAN_ITEM_ID,
  outcomes: [
    {
      kind: 'agreement',
      text: 'Тараптар санитарлық-эпидемиологиялық жағдайдың дамуын ескере отырып, келесі жылы Нұр-Сұлтан қаласында сыртқы саяси талдау мәселелері бойынша Сыртқы істер министрліктері арасындағы консультациялар өткізу мүмкіндігін қарастыруға келісті.',
    },
    {
      kind: 'proposal',
      text: 'Қазақстан мен Беларусь елдерінің сыртқы саясат саласындағы аналитикалық институттары арасындағы ынтымақтастықты кеңейту мүмкіндіктері сөз етілді.',
    },
  ],
  followUps: [
    {
      text: 'Сыртқы саяси талдау мәселелері бойынша Сыртқы істер министрліктері арасындағы келесі консультациялар',
      // "Next year": 2021, no day yet.
      due: { start: '2021-01-01', precision: 'year', approximate: false },
      condition: 'санитарлық-эпидемиологиялық жағдайдың дамуын ескере отырып',
      place: {
        placeId: ASTANA_PLACE_ID,
        city: cityName(ASTANA_PLACE_ID, '2021-01-01', 'kk'),
        countryCode: placeCountry(ASTANA_PLACE_ID),
        venue: '',
      },
      // Not yet answered: planners turn it into a plan item or a planned consultation.
      status: 'open',
      becameConsultationId: null,
      becamePlanItemId: null,
    },
  ],
  sources: [janaKezenSource],
  // The text names neither head; only their bodies.
  delegations: {
    KZ: { leadBodyId: KZ_FPAD_ID, headPersonId: null, memberIds: [] },
    BY: { leadBodyId: BY_MIAD_ID, headPersonId: null, memberIds: [] },
  },
  createdBy: 'u-analyst',
  createdAt: '2020-12-23T05:40:00.000Z',
};

const cis: ConsultationSpec = {
  id: SEED_CIS_ID,
  kind: 'multilateral',
  // Only these two sides are named; other member states' delegations are not in the text.
  partyCodes: ['CIS', 'KZ'],
  level: 'department_head',
  // "At the CIS Executive Committee, the Kazakh delegation took part": read as in person.
  format: 'in_person',
  status: 'held',
  date: { start: '2020-12-22', precision: 'day', approximate: false },
  topicIds: ['topic-fp-planning', 'topic-intl-situation-cis'],
  language: 'kk',
  host: { partyCode: 'CIS', placeId: placeId('minsk'), venue: 'ТМД Атқарушы комитеті' },
  title:
    '«ТМД-ға қатысушы мемлекеттердің Сыртқы істер министрліктерінің сыртқы саяси жоспарлауы туралы» консультациялар',
  summary:
    '2020 жылдың 22 желтоқсан күні ТМД-ның Атқарушы комитетінде ССТБД директоры Ерлан Шәмішев бастаған қазақстандық делегация «ТМД-ға қатысушы мемлекеттердің Сыртқы істер министрліктерінің сыртқы саяси жоспарлауы туралы» тақырыбында ТМД-ға қатысушы елдердің сыртқы саяси ведомстволарының консультацияларына қатысты. ' +
    'Аталған консультациялар барысында халықаралық жағдай және оның Достастық елдеріндегі процестерге әсері жөнінде пікір алмасылды. ' +
    'Күн тәртібіне сәйкес қатысушылар сыртқы саяси жоспарлау саласындағы СІМ-аралық консультациялардың алдағы басым бағыттары бойынша мәселелерді талқылады.',
  outcomes: [
    {
      kind: 'proposal',
      text: 'Қатысушылар ТМД-ға қатысушы елдердің СІМ-аралық консультацияларының күн тәртібіне қызығушылық тудыратын тақырыптар бойынша өз ұсыныстарын енгізді.',
    },
  ],
  followUps: [],
  sources: [janaKezenSource],
  delegations: {
    CIS: { leadBodyId: CIS_EC_ID, headPersonId: null, memberIds: [] },
    KZ: { leadBodyId: KZ_FPAD_ID, headPersonId: SHAMISHEV_ID, memberIds: [] },
  },
  createdBy: 'u-analyst',
  createdAt: '2020-12-23T05:55:00.000Z',
};

export function createSeedConsultations(): Consultation[] {
  return [kzBy, cis].map((spec) =>
    buildConsultation(completeSpec(spec), createRandom(hashSeed(spec.id))),
  );
}
