import type { Body, LocalizedText } from '@/api/schemas';
import { partyForms, partyId, type Region } from './parties';
import { DIRECTORY_CREATED_AT, lt, recordMeta } from './records';

/**
 * What a body does. The generator uses it to send the right department to a meeting: consular
 * talks are led by consular services, foreign-policy analysis by the analysts, and so on.
 */
export type BodyRole =
  | 'ministry'
  | 'secretariat'
  | 'analysis'
  | 'regional'
  | 'multilateral'
  | 'consular'
  | 'legal'
  | 'economic';

export interface BodySpec {
  id: string;
  partyCode: string;
  parentId: string | null;
  name: LocalizedText;
  short?: LocalizedText;
  role: BodyRole;
  /** For the Kazakh regional departments: the counterparts they cover. */
  region?: Region;
}

export const KZ_MFA_ID = 'body-kz-mfa';
/** Сыртқы саяси талдау және болжамдау департаменті (ССТБД): the seed's department. */
export const KZ_FPAD_ID = 'body-kz-fpad';
export const BY_MFA_ID = 'body-by-mfa';
/** Бас ақпараттық-талдау басқармасы: the seed's Belarusian counterpart. */
export const BY_MIAD_ID = 'body-by-miad';
export const CIS_EC_ID = 'body-cis-ec';

export function mfaId(code: string): string {
  return `body-${code.toLowerCase()}-mfa`;
}

const kzDepartments: BodySpec[] = [
  // The Russian and English names are renderings (see the glossary); only the Kazakh acronym
  // ССТБД appears in the source, so `short` has no ru/en form and falls back to it.
  kz(
    KZ_FPAD_ID,
    'analysis',
    lt(
      'Сыртқы саяси талдау және болжамдау департаменті',
      'Департамент внешнеполитического анализа и прогнозирования',
      'Foreign Policy Analysis and Forecasting Department',
    ),
    { kk: 'ССТБД' },
  ),
  kz(
    'body-kz-europe',
    'regional',
    lt('Еуропа департаменті', 'Департамент Европы', 'Department of Europe'),
    undefined,
    'europe',
  ),
  kz(
    'body-kz-asia',
    'regional',
    lt('Азия департаменті', 'Департамент Азии', 'Department of Asia'),
    undefined,
    'asia',
  ),
  kz(
    'body-kz-cis',
    'regional',
    lt('ТМД елдері департаменті', 'Департамент стран СНГ', 'Department of CIS Countries'),
    undefined,
    'cis',
  ),
  kz(
    'body-kz-multilateral',
    'multilateral',
    lt(
      'Көпжақты ынтымақтастық департаменті',
      'Департамент многостороннего сотрудничества',
      'Department of Multilateral Cooperation',
    ),
    undefined,
    'organisation',
  ),
  kz(
    'body-kz-americas',
    'regional',
    lt('Америка департаменті', 'Департамент Америки', 'Department of the Americas'),
    undefined,
    'americas',
  ),
  kz(
    'body-kz-mea',
    'regional',
    lt(
      'Таяу Шығыс және Африка департаменті',
      'Департамент Ближнего Востока и Африки',
      'Department of the Middle East and Africa',
    ),
    undefined,
    'mea',
  ),
  kz(
    'body-kz-consular',
    'consular',
    lt(
      'Консулдық қызмет департаменті',
      'Департамент консульской службы',
      'Consular Service Department',
    ),
  ),
  kz(
    'body-kz-legal',
    'legal',
    lt('Құқықтық департамент', 'Юридический департамент', 'Legal Department'),
  ),
  kz(
    'body-kz-economic',
    'economic',
    lt(
      'Сыртқы экономикалық саясат департаменті',
      'Департамент внешнеэкономической политики',
      'Foreign Economic Policy Department',
    ),
  ),
];

function kz(
  id: string,
  role: BodyRole,
  name: LocalizedText,
  short?: LocalizedText,
  region?: Region,
): BodySpec {
  return {
    id,
    partyCode: 'KZ',
    parentId: KZ_MFA_ID,
    name,
    ...(short ? { short } : {}),
    role,
    ...(region ? { region } : {}),
  };
}

/**
 * Ministries whose official name is not "Ministry of Foreign Affairs of X". Other names are built
 * from the country's genitive forms.
 */
const ministryNames: Record<string, LocalizedText> = {
  KZ: lt(
    'Қазақстан Республикасының Сыртқы істер министрлігі',
    'Министерство иностранных дел Республики Казахстан',
    'Ministry of Foreign Affairs of the Republic of Kazakhstan',
  ),
  BY: lt(
    'Беларусь Республикасының Сыртқы істер министрлігі',
    'Министерство иностранных дел Республики Беларусь',
    'Ministry of Foreign Affairs of the Republic of Belarus',
  ),
  US: lt(
    'АҚШ Мемлекеттік департаменті',
    'Государственный департамент США',
    'U.S. Department of State',
  ),
  // The FCO became the FCDO in September 2020; a body has one name, so the current one.
  GB: lt(
    'Ұлыбританияның Сыртқы істер, Достастық және даму істері министрлігі',
    'Министерство иностранных дел, по делам Содружества и развития Великобритании',
    'Foreign, Commonwealth & Development Office',
  ),
  DE: lt(
    'Германияның Федералдық сыртқы істер ведомствосы',
    'Федеральное министерство иностранных дел Германии',
    'Federal Foreign Office of Germany',
  ),
  FR: lt(
    'Францияның Еуропа және сыртқы істер министрлігі',
    'Министерство Европы и иностранных дел Франции',
    'Ministry for Europe and Foreign Affairs of France',
  ),
  IN: lt(
    'Үндістанның Сыртқы істер министрлігі',
    'Министерство иностранных дел Индии',
    'Ministry of External Affairs of India',
  ),
  HU: lt(
    'Венгрияның Сыртқы істер және сауда министрлігі',
    'Министерство иностранных дел и внешней торговли Венгрии',
    'Ministry of Foreign Affairs and Trade of Hungary',
  ),
  IT: lt(
    'Италияның Сыртқы істер және халықаралық ынтымақтастық министрлігі',
    'Министерство иностранных дел и международного сотрудничества Италии',
    'Ministry of Foreign Affairs and International Cooperation of Italy',
  ),
};

const ministries: BodySpec[] = partyForms
  .filter((p) => p.type === 'country')
  .map((p) => ({
    id: mfaId(p.code),
    partyCode: p.code,
    parentId: null,
    name:
      ministryNames[p.code] ??
      lt(
        `${p.kkGen} Сыртқы істер министрлігі`,
        `Министерство иностранных дел ${p.ruGen}`,
        `Ministry of Foreign Affairs of ${p.enProse}`,
      ),
    short: lt('СІМ', 'МИД', 'MFA'),
    role: 'ministry' as const,
  }));

/** Departments of the main partners' ministries (names are plausible renderings, not verified). */
const partnerDepartments: BodySpec[] = [
  dept(
    BY_MIAD_ID,
    'BY',
    'analysis',
    lt(
      'Бас ақпараттық-талдау басқармасы',
      'Главное информационно-аналитическое управление',
      'Main Information-Analytical Directorate',
    ),
  ),
  dept(
    'body-by-cis',
    'BY',
    'regional',
    lt(
      'ТМД елдері бас басқармасы',
      'Главное управление стран СНГ',
      'Main Directorate for CIS Countries',
    ),
  ),
  dept(
    'body-by-consular',
    'BY',
    'consular',
    lt('Консулдық басқарма', 'Консульское управление', 'Consular Directorate'),
  ),
  dept(
    'body-ru-planning',
    'RU',
    'analysis',
    lt(
      'Сыртқы саяси жоспарлау департаменті',
      'Департамент внешнеполитического планирования',
      'Foreign Policy Planning Department',
    ),
  ),
  dept(
    'body-ru-cis2',
    'RU',
    'regional',
    lt(
      'ТМД елдерінің екінші департаменті',
      'Второй департамент стран СНГ',
      'Second Department of CIS Countries',
    ),
  ),
  dept(
    'body-ru-legal',
    'RU',
    'legal',
    lt('Құқықтық департамент', 'Правовой департамент', 'Legal Department'),
  ),
  dept(
    'body-uz-analysis',
    'UZ',
    'analysis',
    lt(
      'Ақпараттық-талдау департаменті',
      'Информационно-аналитический департамент',
      'Information and Analysis Department',
    ),
  ),
  dept(
    'body-uz-cis',
    'UZ',
    'regional',
    lt(
      'ТМД елдерімен ынтымақтастық департаменті',
      'Департамент сотрудничества со странами СНГ',
      'Department for Cooperation with CIS Countries',
    ),
  ),
  dept(
    'body-kg-analysis',
    'KG',
    'analysis',
    lt(
      'Ақпараттық-талдау басқармасы',
      'Информационно-аналитическое управление',
      'Information and Analysis Directorate',
    ),
  ),
  dept(
    'body-tj-cis',
    'TJ',
    'regional',
    lt('ТМД елдері басқармасы', 'Управление стран СНГ', 'CIS Countries Directorate'),
  ),
  dept(
    'body-cn-planning',
    'CN',
    'analysis',
    lt(
      'Саяси жоспарлау департаменті',
      'Департамент политического планирования',
      'Department of Policy Planning',
    ),
  ),
  dept(
    'body-cn-eurasia',
    'CN',
    'regional',
    lt(
      'Еуропа және Орталық Азия істері департаменті',
      'Департамент Европы и Центральной Азии',
      'Department of European-Central Asian Affairs',
    ),
  ),
  dept(
    'body-tr-sam',
    'TR',
    'analysis',
    lt(
      'Стратегиялық зерттеулер орталығы',
      'Центр стратегических исследований',
      'Center for Strategic Research',
    ),
  ),
  dept(
    'body-tr-eurasia',
    'TR',
    'regional',
    lt(
      'Еуразия бас басқармасы',
      'Главное управление по Евразии',
      'Directorate General for Eurasia',
    ),
  ),
  dept(
    'body-de-planning',
    'DE',
    'analysis',
    lt('Саяси жоспарлау штабы', 'Штаб политического планирования', 'Policy Planning Staff'),
  ),
  dept(
    'body-us-central-asia',
    'US',
    'regional',
    lt(
      'Орталық Азия істері басқармасы',
      'Управление по делам Центральной Азии',
      'Office of Central Asian Affairs',
    ),
  ),
  dept(
    'body-az-analysis',
    'AZ',
    'analysis',
    lt(
      'Сыртқы саяси талдау басқармасы',
      'Управление внешнеполитического анализа',
      'Foreign Policy Analysis Directorate',
    ),
  ),
  dept(
    'body-jp-central-asia',
    'JP',
    'regional',
    lt(
      'Орталық Азия және Кавказ бөлімі',
      'Отдел Центральной Азии и Кавказа',
      'Central Asia and Caucasus Division',
    ),
  ),
  dept(
    'body-kr-eurasia',
    'KR',
    'regional',
    lt('Еуразия істері бюросы', 'Бюро по делам Евразии', 'Eurasian Affairs Bureau'),
  ),
  dept(
    'body-in-eurasia',
    'IN',
    'regional',
    lt('Еуразия бөлімі', 'Отдел Евразии', 'Eurasia Division'),
  ),
];

function dept(id: string, partyCode: string, role: BodyRole, name: LocalizedText): BodySpec {
  return { id, partyCode, parentId: mfaId(partyCode), name, role };
}

/** The organisations' secretariats (and one department of the CIS Executive Committee). */
const secretariats: BodySpec[] = [
  sec(
    CIS_EC_ID,
    'CIS',
    lt('ТМД Атқарушы комитеті', 'Исполнительный комитет СНГ', 'CIS Executive Committee'),
    lt('ТМД АК', 'ИК СНГ', 'CIS EC'),
  ),
  {
    ...sec(
      'body-cis-ec-political',
      'CIS',
      lt(
        'Саяси ынтымақтастық департаменті',
        'Департамент политического сотрудничества',
        'Department of Political Cooperation',
      ),
    ),
    parentId: CIS_EC_ID,
    role: 'analysis',
  },
  sec(
    'body-eaeu-eec',
    'EAEU',
    lt(
      'Еуразиялық экономикалық комиссия',
      'Евразийская экономическая комиссия',
      'Eurasian Economic Commission',
    ),
    lt('ЕЭК', 'ЕЭК', 'EEC'),
  ),
  sec('body-sco-secretariat', 'SCO', lt('ШЫҰ Хатшылығы', 'Секретариат ШОС', 'SCO Secretariat')),
  sec(
    'body-cica-secretariat',
    'CICA',
    lt('АӨСШК Хатшылығы', 'Секретариат СВМДА', 'CICA Secretariat'),
  ),
  sec('body-ots-secretariat', 'OTS', lt('ТМҰ Хатшылығы', 'Секретариат ОТГ', 'OTS Secretariat')),
  sec(
    'body-csto-secretariat',
    'CSTO',
    lt('ҰҚШҰ Хатшылығы', 'Секретариат ОДКБ', 'CSTO Secretariat'),
  ),
  sec(
    'body-eu-eeas',
    'EU',
    lt(
      'Еуропалық сыртқы іс-қимыл қызметі',
      'Европейская служба внешних связей',
      'European External Action Service',
    ),
    lt('ЕСІҚ', 'ЕСВС', 'EEAS'),
  ),
  sec('body-un-secretariat', 'UN', lt('БҰҰ Хатшылығы', 'Секретариат ООН', 'UN Secretariat')),
  {
    ...sec(
      'body-un-unrcca',
      'UN',
      lt(
        'БҰҰ-ның Орталық Азия үшін превентивті дипломатия жөніндегі өңірлік орталығы',
        'Региональный центр ООН по превентивной дипломатии для Центральной Азии',
        'UN Regional Centre for Preventive Diplomacy for Central Asia',
      ),
      lt('UNRCCA', 'РЦПДЦА', 'UNRCCA'),
    ),
    parentId: 'body-un-secretariat',
  },
  sec(
    'body-osce-secretariat',
    'OSCE',
    lt('ЕҚЫҰ Хатшылығы', 'Секретариат ОБСЕ', 'OSCE Secretariat'),
  ),
  sec(
    'body-oic-secretariat',
    'OIC',
    lt('ИЫҰ Бас хатшылығы', 'Генеральный секретариат ОИС', 'OIC General Secretariat'),
  ),
];

function sec(id: string, partyCode: string, name: LocalizedText, short?: LocalizedText): BodySpec {
  return { id, partyCode, parentId: null, name, ...(short ? { short } : {}), role: 'secretariat' };
}

export const bodySpecs: readonly BodySpec[] = [
  ...ministries,
  ...kzDepartments,
  ...partnerDepartments,
  ...secretariats,
];

export function createBodies(): Body[] {
  return bodySpecs.map((b) => ({
    ...recordMeta(b.id, DIRECTORY_CREATED_AT, 'u-head'),
    partyId: partyId(b.partyCode),
    parentId: b.parentId,
    name: { ...b.name },
    ...(b.short ? { short: { ...b.short } } : {}),
  }));
}
