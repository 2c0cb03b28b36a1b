import type {
  FuzzyDate,
  LocalizedText,
  Plan,
  PlanApproval,
  PlanItem,
  PlanReview,
  PlaceRef,
} from '@/api/schemas';
import { BY_MFA_ID, BY_MIAD_ID, KZ_FPAD_ID, KZ_MFA_ID, mfaId } from './bodies';
import { cityName, placeCountry } from './lookup';
import { partyId } from './parties';
import { ASTANA_PLACE_ID, placeId } from './places';
import { lt, recordMeta } from './records';

/**
 * Cooperation plans and their items. Item titles are in Russian, the working language of the
 * plans Kazakhstan signs with CIS partners and China. Fulfilment is not stored: it follows from
 * the consultations linked in `plan-consultations.ts` (and the seed), giving held, postponed,
 * cancelled, overdue and planned items.
 */
interface PlanRow {
  id: string;
  title: LocalizedText;
  partyCodes: readonly string[];
  period: { start: string; end: string };
  signedOn: string | null;
  approval: PlanApproval;
  previousPlanId?: string;
  /** When the planner entered it; reviews follow. */
  createdAt: string;
  reviews: readonly PlanReview[];
  items: readonly ItemRow[];
}

interface ItemRow {
  id: string;
  title: string;
  description?: string;
  bodyIds: readonly string[];
  period: FuzzyDate;
  /** Host party code and place slug (or the Astana id). */
  host?: readonly [code: string, placeId: string];
  recurring?: boolean;
  condition?: string;
  carriedFromItemId?: string;
  fromFollowUp?: { consultationId: string; followUpId: string };
}

const year = (y: number, endYear?: number): FuzzyDate =>
  endYear
    ? { start: `${y}-01-01`, end: `${endYear}-12-31`, precision: 'year', approximate: false }
    : { start: `${y}-01-01`, precision: 'year', approximate: false };
const quarter = (y: number, q: 1 | 2 | 3 | 4): FuzzyDate => ({
  start: `${y}-${String((q - 1) * 3 + 1).padStart(2, '0')}-01`,
  precision: 'quarter',
  approximate: false,
});

const submit = (at: string): PlanReview => ({ at, by: 'u-planner', action: 'submit', comment: '' });
const approve = (at: string): PlanReview => ({ at, by: 'u-head', action: 'approve', comment: '' });

const planRows: readonly PlanRow[] = [
  {
    id: 'plan-kz-by-2020',
    title: lt(
      'Қазақстан Республикасы Сыртқы істер министрлігі мен Беларусь Республикасы Сыртқы істер министрлігі арасындағы 2020–2021 жылдарға арналған Ынтымақтастық жоспары',
      'План сотрудничества между Министерством иностранных дел Республики Казахстан и Министерством иностранных дел Республики Беларусь на 2020–2021 годы',
      'Cooperation Plan between the Ministries of Foreign Affairs of Kazakhstan and Belarus for 2020–2021',
    ),
    partyCodes: ['KZ', 'BY'],
    period: { start: '2020-01-01', end: '2021-12-31' },
    signedOn: '2019-12-17',
    approval: 'approved',
    createdAt: '2019-11-20T06:10:00.000Z',
    reviews: [submit('2019-12-02T08:00:00.000Z'), approve('2019-12-10T10:30:00.000Z')],
    items: [
      {
        // The seed consultation (c-seed-kz-by) fulfils this item.
        id: 'pi-kz-by-2020-fp-analysis',
        title: 'Консультации по вопросам внешнеполитического анализа и прогнозирования',
        description:
          'Департамент внешнеполитического анализа и прогнозирования МИД Казахстана – Главное информационно-аналитическое управление МИД Беларуси.',
        bodyIds: [KZ_FPAD_ID, BY_MIAD_ID],
        period: year(2020),
      },
      {
        id: 'pi-kz-by-2020-deputy',
        title: 'Политические консультации на уровне заместителей министров иностранных дел',
        bodyIds: [KZ_MFA_ID, BY_MFA_ID],
        period: quarter(2020, 2),
        host: ['BY', placeId('minsk')],
      },
      {
        id: 'pi-kz-by-2020-cis-eaeu',
        title: 'Консультации по вопросам сотрудничества в рамках СНГ и ЕАЭС',
        bodyIds: ['body-kz-cis', 'body-by-cis'],
        period: year(2020, 2021),
        recurring: true,
      },
      {
        id: 'pi-kz-by-2020-consular',
        title: 'Консультации консульских служб',
        bodyIds: ['body-kz-consular', 'body-by-consular'],
        period: quarter(2021, 2),
        host: ['KZ', ASTANA_PLACE_ID],
      },
      {
        id: 'pi-kz-by-2020-legal',
        title: 'Консультации по договорно-правовым вопросам',
        bodyIds: ['body-kz-legal', BY_MFA_ID],
        period: quarter(2021, 3),
        host: ['BY', placeId('minsk')],
      },
      // Never held: overdue once 2021 is over.
      {
        id: 'pi-kz-by-2020-intl-orgs',
        title: 'Консультации по взаимодействию в международных организациях',
        bodyIds: ['body-kz-multilateral', BY_MFA_ID],
        period: year(2021),
      },
    ],
  },
  {
    id: 'plan-kz-cn-2019',
    title: lt(
      'Қазақстан Республикасы СІМ мен Қытай Халық Республикасы СІМ арасындағы 2019–2020 жылдарға арналған консультациялар жоспары',
      'План консультаций между МИД Республики Казахстан и МИД Китайской Народной Республики на 2019–2020 годы',
      'Plan of consultations between the MFAs of Kazakhstan and China for 2019–2020',
    ),
    partyCodes: ['KZ', 'CN'],
    period: { start: '2019-01-01', end: '2020-12-31' },
    signedOn: '2018-12-20',
    approval: 'approved',
    // Signed before the store existed; entered with the directory.
    createdAt: '2019-01-11T05:00:00.000Z',
    reviews: [submit('2019-01-11T06:00:00.000Z'), approve('2019-01-14T09:00:00.000Z')],
    items: [
      {
        id: 'pi-kz-cn-2019-deputy',
        title: 'Консультации заместителей министров иностранных дел',
        bodyIds: [KZ_MFA_ID, mfaId('CN')],
        period: quarter(2019, 2),
        host: ['CN', placeId('beijing')],
      },
      {
        id: 'pi-kz-cn-2019-planning',
        title: 'Консультации по вопросам внешнеполитического планирования',
        bodyIds: [KZ_FPAD_ID, 'body-cn-planning'],
        period: year(2019, 2020),
        recurring: true,
      },
      {
        id: 'pi-kz-cn-2019-consular',
        title: 'Консультации по консульским вопросам',
        bodyIds: ['body-kz-consular', mfaId('CN')],
        period: quarter(2020, 1),
        host: ['CN', placeId('beijing')],
      },
      {
        id: 'pi-kz-cn-2019-water',
        title: 'Консультации по вопросам трансграничных рек',
        bodyIds: ['body-kz-economic', 'body-cn-eurasia'],
        period: quarter(2020, 3),
      },
      {
        id: 'pi-kz-cn-2019-transport',
        title: 'Консультации экспертов по транспортно-транзитному сотрудничеству',
        bodyIds: ['body-kz-economic', 'body-cn-eurasia'],
        period: year(2020),
      },
    ],
  },
  {
    id: 'plan-kz-uz-2021',
    title: lt(
      'Қазақстан Республикасы СІМ мен Өзбекстан Республикасы СІМ арасындағы 2021–2022 жылдарға арналған Ынтымақтастық жоспары',
      'План сотрудничества между МИД Республики Казахстан и МИД Республики Узбекистан на 2021–2022 годы',
      'Cooperation Plan between the MFAs of Kazakhstan and Uzbekistan for 2021–2022',
    ),
    partyCodes: ['KZ', 'UZ'],
    period: { start: '2021-01-01', end: '2022-12-31' },
    signedOn: '2020-12-18',
    approval: 'approved',
    createdAt: '2020-11-25T07:00:00.000Z',
    reviews: [submit('2020-12-01T07:30:00.000Z'), approve('2020-12-08T11:00:00.000Z')],
    items: [
      {
        id: 'pi-kz-uz-2021-deputy',
        title: 'Политические консультации заместителей министров иностранных дел',
        bodyIds: [KZ_MFA_ID, mfaId('UZ')],
        period: quarter(2021, 1),
        host: ['UZ', placeId('tashkent')],
      },
      {
        id: 'pi-kz-uz-2021-fp-analysis',
        title: 'Консультации по вопросам внешнеполитического анализа',
        bodyIds: [KZ_FPAD_ID, 'body-uz-analysis'],
        period: year(2021, 2022),
        recurring: true,
      },
      {
        id: 'pi-kz-uz-2021-water',
        title: 'Консультации по водно-энергетическим вопросам',
        bodyIds: ['body-kz-economic', 'body-uz-cis'],
        period: quarter(2022, 2),
        host: ['KZ', ASTANA_PLACE_ID],
      },
      {
        id: 'pi-kz-uz-2021-deputy-2',
        title: 'Второй раунд политических консультаций заместителей министров',
        bodyIds: [KZ_MFA_ID, mfaId('UZ')],
        period: quarter(2022, 4),
        host: ['KZ', ASTANA_PLACE_ID],
      },
      // Never held: overdue.
      {
        id: 'pi-kz-uz-2021-consular',
        title: 'Консультации консульских служб',
        bodyIds: ['body-kz-consular', mfaId('UZ')],
        period: quarter(2021, 4),
      },
    ],
  },
  {
    id: 'plan-kz-ru-2021',
    title: lt(
      'Қазақстан Республикасы СІМ мен Ресей Федерациясы СІМ арасындағы 2021–2022 жылдарға арналған консультациялар жоспары',
      'План консультаций между МИД Республики Казахстан и МИД Российской Федерации на 2021–2022 годы',
      'Plan of consultations between the MFAs of Kazakhstan and Russia for 2021–2022',
    ),
    partyCodes: ['KZ', 'RU'],
    period: { start: '2021-01-01', end: '2022-12-31' },
    signedOn: '2021-01-28',
    approval: 'approved',
    createdAt: '2021-01-12T06:00:00.000Z',
    reviews: [submit('2021-01-15T06:30:00.000Z'), approve('2021-01-22T09:00:00.000Z')],
    items: [
      {
        id: 'pi-kz-ru-2021-planning',
        title: 'Консультации по вопросам внешнеполитического планирования',
        bodyIds: [KZ_FPAD_ID, 'body-ru-planning'],
        period: year(2021, 2022),
        recurring: true,
      },
      {
        id: 'pi-kz-ru-2021-caspian',
        title: 'Консультации по каспийской проблематике',
        bodyIds: ['body-kz-legal', 'body-ru-legal'],
        period: quarter(2021, 3),
        host: ['KZ', ASTANA_PLACE_ID],
      },
      {
        id: 'pi-kz-ru-2021-consular',
        title: 'Консультации консульских служб',
        bodyIds: ['body-kz-consular', mfaId('RU')],
        period: quarter(2022, 1),
        host: ['RU', placeId('moscow')],
      },
      {
        id: 'pi-kz-ru-2021-security',
        title: 'Консультации по вопросам международной информационной безопасности',
        bodyIds: [KZ_FPAD_ID, mfaId('RU')],
        period: quarter(2022, 4),
        host: ['RU', placeId('moscow')],
      },
    ],
  },
  {
    id: 'plan-kz-tr-2022',
    title: lt(
      'Қазақстан Республикасы СІМ мен Түркия Республикасы СІМ арасындағы 2022–2023 жылдарға арналған Ынтымақтастық жоспары',
      'План сотрудничества между МИД Республики Казахстан и МИД Турецкой Республики на 2022–2023 годы',
      'Cooperation Plan between the MFAs of Kazakhstan and Türkiye for 2022–2023',
    ),
    partyCodes: ['KZ', 'TR'],
    period: { start: '2022-01-01', end: '2023-12-31' },
    signedOn: '2021-12-14',
    approval: 'approved',
    createdAt: '2021-11-29T06:00:00.000Z',
    reviews: [submit('2021-12-01T06:00:00.000Z'), approve('2021-12-07T10:00:00.000Z')],
    items: [
      {
        id: 'pi-kz-tr-2022-deputy',
        title: 'Политические консультации заместителей министров иностранных дел',
        bodyIds: [KZ_MFA_ID, mfaId('TR')],
        period: quarter(2022, 2),
        host: ['TR', placeId('ankara')],
      },
      {
        id: 'pi-kz-tr-2022-middle-corridor',
        title: 'Консультации по Транскаспийскому международному транспортному маршруту',
        bodyIds: ['body-kz-economic', 'body-tr-eurasia'],
        period: quarter(2022, 4),
        host: ['KZ', ASTANA_PLACE_ID],
      },
      {
        id: 'pi-kz-tr-2022-think-tanks',
        title: 'Консультации центров стратегических исследований',
        bodyIds: [KZ_FPAD_ID, 'body-tr-sam'],
        period: year(2023),
        host: ['TR', placeId('ankara')],
      },
    ],
  },
  {
    // Next period's plan, being drafted: carries over what 2021–2022 did not fulfil and takes
    // in a follow-up agreed in April 2022.
    id: 'plan-kz-ru-2023',
    title: lt(
      'Қазақстан Республикасы СІМ мен Ресей Федерациясы СІМ арасындағы 2023–2024 жылдарға арналған консультациялар жоспары (жоба)',
      'План консультаций между МИД Республики Казахстан и МИД Российской Федерации на 2023–2024 годы (проект)',
      'Plan of consultations between the MFAs of Kazakhstan and Russia for 2023–2024 (draft)',
    ),
    partyCodes: ['KZ', 'RU'],
    period: { start: '2023-01-01', end: '2024-12-31' },
    signedOn: null,
    approval: 'draft',
    previousPlanId: 'plan-kz-ru-2021',
    createdAt: '2022-09-12T06:00:00.000Z',
    reviews: [],
    items: [
      {
        id: 'pi-kz-ru-2023-consular',
        title: 'Консультации консульских служб',
        bodyIds: ['body-kz-consular', mfaId('RU')],
        period: quarter(2023, 2),
        host: ['KZ', ASTANA_PLACE_ID],
        carriedFromItemId: 'pi-kz-ru-2021-consular',
      },
      {
        id: 'pi-kz-ru-2023-planning',
        title: 'Консультации по вопросам внешнеполитического планирования',
        bodyIds: [KZ_FPAD_ID, 'body-ru-planning'],
        period: year(2023, 2024),
        recurring: true,
      },
      {
        id: 'pi-kz-ru-2023-analytical',
        title: 'Консультации внешнеполитических аналитических институтов',
        bodyIds: [KZ_FPAD_ID, 'body-ru-planning'],
        period: year(2023),
        host: ['KZ', ASTANA_PLACE_ID],
        fromFollowUp: {
          consultationId: 'c-kz-ru-2022-planning',
          followUpId: 'c-kz-ru-2022-planning-f1',
        },
      },
    ],
  },
  {
    id: 'plan-kz-uz-2023',
    title: lt(
      'Қазақстан Республикасы СІМ мен Өзбекстан Республикасы СІМ арасындағы 2023–2024 жылдарға арналған Ынтымақтастық жоспары',
      'План сотрудничества между МИД Республики Казахстан и МИД Республики Узбекистан на 2023–2024 годы',
      'Cooperation Plan between the MFAs of Kazakhstan and Uzbekistan for 2023–2024',
    ),
    partyCodes: ['KZ', 'UZ'],
    period: { start: '2023-01-01', end: '2024-12-31' },
    signedOn: null,
    approval: 'submitted',
    previousPlanId: 'plan-kz-uz-2021',
    createdAt: '2022-09-05T06:00:00.000Z',
    reviews: [submit('2022-09-20T07:00:00.000Z')],
    items: [
      {
        id: 'pi-kz-uz-2023-consular',
        title: 'Консультации консульских служб',
        bodyIds: ['body-kz-consular', mfaId('UZ')],
        period: quarter(2023, 1),
        host: ['UZ', placeId('tashkent')],
        carriedFromItemId: 'pi-kz-uz-2021-consular',
      },
      {
        id: 'pi-kz-uz-2023-fp-analysis',
        title: 'Консультации по вопросам внешнеполитического анализа',
        bodyIds: [KZ_FPAD_ID, 'body-uz-analysis'],
        period: year(2023, 2024),
        recurring: true,
      },
      // The 2022 round was in Astana, so the next one is in Tashkent: capitals alternate.
      {
        id: 'pi-kz-uz-2023-deputy',
        title: 'Политические консультации заместителей министров иностранных дел',
        bodyIds: [KZ_MFA_ID, mfaId('UZ')],
        period: quarter(2023, 3),
        host: ['UZ', placeId('tashkent')],
        condition: 'при согласовании сроков по дипломатическим каналам',
      },
    ],
  },
];

function itemPlace(host: ItemRow['host'], date: string): PlaceRef | null {
  if (!host) return null;
  const [, id] = host;
  return { placeId: id, city: cityName(id, date, 'ru'), countryCode: placeCountry(id), venue: '' };
}

export function createPlans(): { plans: Plan[]; planItems: PlanItem[] } {
  const plans: Plan[] = [];
  const planItems: PlanItem[] = [];
  for (const row of planRows) {
    plans.push({
      // Version 1 with its review trail: the demo store starts from one "create" per record.
      ...recordMeta(row.id, row.createdAt, 'u-planner'),
      title: { ...row.title },
      partyIds: row.partyCodes.map(partyId),
      period: { ...row.period },
      signedOn: row.signedOn,
      previousPlanId: row.previousPlanId ?? null,
      approval: row.approval,
      reviews: row.reviews.map((r) => ({ ...r })),
    });
    for (const item of row.items) {
      planItems.push({
        ...recordMeta(item.id, row.createdAt, 'u-planner'),
        planId: row.id,
        title: item.title,
        description: item.description ?? '',
        bodyIds: [...item.bodyIds],
        period: { ...item.period },
        place: itemPlace(item.host, item.period.start),
        hostPartyId: item.host ? partyId(item.host[0]) : null,
        recurring: item.recurring ?? false,
        condition: item.condition ?? '',
        carriedFromItemId: item.carriedFromItemId ?? null,
        fromFollowUp: item.fromFollowUp ? { ...item.fromFollowUp } : null,
      });
    }
  }
  return { plans, planItems };
}
