import type { LocalizedText, Party } from '@/api/schemas';
import { placeId } from './places';
import { DIRECTORY_CREATED_AT, lt, recordMeta } from './records';

/** Where a counterpart sits in the Kazakh MFA: decides which regional department leads. */
export type Region = 'cis' | 'asia' | 'europe' | 'americas' | 'mea' | 'organisation';

/**
 * What the text templates need besides the name: the Kazakh and Russian genitive ("Беларусьтің",
 * "Беларуси") for titles such as «МИД Казахстана и Беларуси», and the English form used in a
 * sentence ("the United States").
 */
export interface PartyForms {
  code: string;
  type: Party['type'];
  name: LocalizedText;
  short?: LocalizedText;
  kkGen: string;
  ruGen: string;
  enProse: string;
  region: Region;
  /** A capital for a country, the seat for an organisation. */
  seatSlug: string;
}

type CountryRow = readonly [
  code: string,
  kk: string,
  ru: string,
  en: string,
  kkGen: string,
  ruGen: string,
  enProse: string,
  region: Region,
  capital: string,
];

const countryRows: readonly CountryRow[] = [
  [
    'KZ',
    'Қазақстан',
    'Казахстан',
    'Kazakhstan',
    'Қазақстанның',
    'Казахстана',
    'Kazakhstan',
    'cis',
    'astana',
  ],
  ['BY', 'Беларусь', 'Беларусь', 'Belarus', 'Беларусьтің', 'Беларуси', 'Belarus', 'cis', 'minsk'],
  ['RU', 'Ресей', 'Россия', 'Russia', 'Ресейдің', 'России', 'Russia', 'cis', 'moscow'],
  [
    'UZ',
    'Өзбекстан',
    'Узбекистан',
    'Uzbekistan',
    'Өзбекстанның',
    'Узбекистана',
    'Uzbekistan',
    'cis',
    'tashkent',
  ],
  [
    'KG',
    'Қырғызстан',
    'Кыргызстан',
    'Kyrgyzstan',
    'Қырғызстанның',
    'Кыргызстана',
    'Kyrgyzstan',
    'cis',
    'bishkek',
  ],
  [
    'TJ',
    'Тәжікстан',
    'Таджикистан',
    'Tajikistan',
    'Тәжікстанның',
    'Таджикистана',
    'Tajikistan',
    'cis',
    'dushanbe',
  ],
  [
    'TM',
    'Түрікменстан',
    'Туркменистан',
    'Turkmenistan',
    'Түрікменстанның',
    'Туркменистана',
    'Turkmenistan',
    'cis',
    'ashgabat',
  ],
  [
    'AZ',
    'Әзербайжан',
    'Азербайджан',
    'Azerbaijan',
    'Әзербайжанның',
    'Азербайджана',
    'Azerbaijan',
    'cis',
    'baku',
  ],
  ['AM', 'Армения', 'Армения', 'Armenia', 'Арменияның', 'Армении', 'Armenia', 'cis', 'yerevan'],
  ['GE', 'Грузия', 'Грузия', 'Georgia', 'Грузияның', 'Грузии', 'Georgia', 'cis', 'tbilisi'],
  ['CN', 'Қытай', 'Китай', 'China', 'Қытайдың', 'Китая', 'China', 'asia', 'beijing'],
  ['TR', 'Түркия', 'Турция', 'Türkiye', 'Түркияның', 'Турции', 'Türkiye', 'mea', 'ankara'],
  ['IR', 'Иран', 'Иран', 'Iran', 'Иранның', 'Ирана', 'Iran', 'mea', 'tehran'],
  ['IN', 'Үндістан', 'Индия', 'India', 'Үндістанның', 'Индии', 'India', 'asia', 'new-delhi'],
  [
    'PK',
    'Пәкістан',
    'Пакистан',
    'Pakistan',
    'Пәкістанның',
    'Пакистана',
    'Pakistan',
    'asia',
    'islamabad',
  ],
  [
    'MN',
    'Моңғолия',
    'Монголия',
    'Mongolia',
    'Моңғолияның',
    'Монголии',
    'Mongolia',
    'asia',
    'ulaanbaatar',
  ],
  [
    'AF',
    'Ауғанстан',
    'Афганистан',
    'Afghanistan',
    'Ауғанстанның',
    'Афганистана',
    'Afghanistan',
    'asia',
    'kabul',
  ],
  [
    'DE',
    'Германия',
    'Германия',
    'Germany',
    'Германияның',
    'Германии',
    'Germany',
    'europe',
    'berlin',
  ],
  ['FR', 'Франция', 'Франция', 'France', 'Францияның', 'Франции', 'France', 'europe', 'paris'],
  [
    'GB',
    'Ұлыбритания',
    'Великобритания',
    'United Kingdom',
    'Ұлыбританияның',
    'Великобритании',
    'the United Kingdom',
    'europe',
    'london',
  ],
  [
    'US',
    'Америка Құрама Штаттары',
    'Соединённые Штаты Америки',
    'United States',
    'АҚШ-тың',
    'США',
    'the United States',
    'americas',
    'washington',
  ],
  ['JP', 'Жапония', 'Япония', 'Japan', 'Жапонияның', 'Японии', 'Japan', 'asia', 'tokyo'],
  [
    'KR',
    'Корея Республикасы',
    'Республика Корея',
    'Republic of Korea',
    'Корея Республикасының',
    'Республики Корея',
    'the Republic of Korea',
    'asia',
    'seoul',
  ],
  [
    'AE',
    'Біріккен Араб Әмірліктері',
    'Объединённые Арабские Эмираты',
    'United Arab Emirates',
    'БАӘ-нің',
    'ОАЭ',
    'the United Arab Emirates',
    'mea',
    'abu-dhabi',
  ],
  [
    'SA',
    'Сауд Арабиясы',
    'Саудовская Аравия',
    'Saudi Arabia',
    'Сауд Арабиясының',
    'Саудовской Аравии',
    'Saudi Arabia',
    'mea',
    'riyadh',
  ],
  ['EG', 'Мысыр', 'Египет', 'Egypt', 'Мысырдың', 'Египта', 'Egypt', 'mea', 'cairo'],
  ['HU', 'Венгрия', 'Венгрия', 'Hungary', 'Венгрияның', 'Венгрии', 'Hungary', 'europe', 'budapest'],
  ['PL', 'Польша', 'Польша', 'Poland', 'Польшаның', 'Польши', 'Poland', 'europe', 'warsaw'],
  ['IT', 'Италия', 'Италия', 'Italy', 'Италияның', 'Италии', 'Italy', 'europe', 'rome'],
  ['QA', 'Катар', 'Катар', 'Qatar', 'Катардың', 'Катара', 'Qatar', 'mea', 'doha'],
];

/** Short forms for countries that are usually written as acronyms. */
const countryShort: Record<string, LocalizedText> = {
  KZ: lt('ҚР', 'РК', 'RK'),
  US: lt('АҚШ', 'США', 'USA'),
  GB: lt('Ұлыбритания', 'Великобритания', 'UK'),
  AE: lt('БАӘ', 'ОАЭ', 'UAE'),
};

/**
 * Organisations with the glossary's acronyms. The Organization of Turkic States was the Turkic
 * Council until November 2021; a party has one name, so the current one is used.
 */
const organisations: readonly PartyForms[] = [
  org(
    'CIS',
    lt(
      'Тәуелсіз Мемлекеттер Достастығы',
      'Содружество Независимых Государств',
      'Commonwealth of Independent States',
    ),
    lt('ТМД', 'СНГ', 'CIS'),
    'minsk',
  ),
  org(
    'EAEU',
    lt('Еуразиялық экономикалық одақ', 'Евразийский экономический союз', 'Eurasian Economic Union'),
    lt('ЕАЭО', 'ЕАЭС', 'EAEU'),
    'moscow',
  ),
  org(
    'SCO',
    lt(
      'Шанхай ынтымақтастық ұйымы',
      'Шанхайская организация сотрудничества',
      'Shanghai Cooperation Organisation',
    ),
    lt('ШЫҰ', 'ШОС', 'SCO'),
    'beijing',
  ),
  org(
    'CICA',
    lt(
      'Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңес',
      'Совещание по взаимодействию и мерам доверия в Азии',
      'Conference on Interaction and Confidence Building Measures in Asia',
    ),
    lt('АӨСШК', 'СВМДА', 'CICA'),
    'almaty',
  ),
  org(
    'OTS',
    lt(
      'Түркі мемлекеттері ұйымы',
      'Организация тюркских государств',
      'Organization of Turkic States',
    ),
    lt('ТМҰ', 'ОТГ', 'OTS'),
    'istanbul',
  ),
  org(
    'CSTO',
    lt(
      'Ұжымдық қауіпсіздік туралы шарт ұйымы',
      'Организация Договора о коллективной безопасности',
      'Collective Security Treaty Organization',
    ),
    lt('ҰҚШҰ', 'ОДКБ', 'CSTO'),
    'moscow',
  ),
  org(
    'EU',
    lt('Еуропалық Одақ', 'Европейский союз', 'European Union'),
    lt('ЕО', 'ЕС', 'EU'),
    'brussels',
    'Европейского союза',
    'the European Union',
  ),
  org(
    'UN',
    lt('Біріккен Ұлттар Ұйымы', 'Организация Объединённых Наций', 'United Nations'),
    lt('БҰҰ', 'ООН', 'UN'),
    'new-york',
    'ООН',
    'the United Nations',
  ),
  org(
    'OSCE',
    lt(
      'Еуропадағы қауіпсіздік және ынтымақтастық ұйымы',
      'Организация по безопасности и сотрудничеству в Европе',
      'Organization for Security and Co-operation in Europe',
    ),
    lt('ЕҚЫҰ', 'ОБСЕ', 'OSCE'),
    'vienna',
    'ОБСЕ',
    'the OSCE',
  ),
  org(
    'OIC',
    lt(
      'Ислам ынтымақтастығы ұйымы',
      'Организация исламского сотрудничества',
      'Organisation of Islamic Cooperation',
    ),
    lt('ИЫҰ', 'ОИС', 'OIC'),
    'jeddah',
    'ОИС',
    'the OIC',
  ),
];

function org(
  code: string,
  name: LocalizedText,
  short: LocalizedText,
  seatSlug: string,
  ruGen?: string,
  enProse?: string,
): PartyForms {
  return {
    code,
    type: 'organisation',
    name,
    short,
    // Kazakh acronyms take the genitive after a hyphen; "аясындағы" templates avoid it, so the
    // acronym is enough here.
    kkGen: short.kk ?? code,
    ruGen: ruGen ?? short.ru ?? code,
    enProse: enProse ?? `the ${short.en ?? code}`,
    region: 'organisation',
    seatSlug,
  };
}

/** Every party, with its text forms; the order is the order of the directory list. */
export const partyForms: readonly PartyForms[] = [
  ...countryRows.map(([code, kk, ru, en, kkGen, ruGen, enProse, region, capital]): PartyForms => {
    const short = countryShort[code];
    return {
      code,
      type: 'country',
      name: lt(kk, ru, en),
      ...(short ? { short } : {}),
      kkGen,
      ruGen,
      enProse,
      region,
      seatSlug: capital,
    };
  }),
  ...organisations,
];

const partyIds = new Map<string, string>();

/** `party-kz`, `party-cis`… One shared string per party, not one per delegation. */
export function partyId(code: string): string {
  let id = partyIds.get(code);
  if (id === undefined) {
    id = `party-${code.toLowerCase()}`;
    partyIds.set(code, id);
  }
  return id;
}

const formsByCode = new Map(partyForms.map((p) => [p.code, p]));

export function partyFormsOf(code: string): PartyForms {
  const forms = formsByCode.get(code);
  if (!forms) throw new Error(`unknown party code ${code}`);
  return forms;
}

export function createParties(): Party[] {
  return partyForms.map((p) => ({
    ...recordMeta(partyId(p.code), DIRECTORY_CREATED_AT, 'u-head'),
    type: p.type,
    code: p.code,
    name: { ...p.name },
    ...(p.short ? { short: { ...p.short } } : {}),
    // Only countries have a capital; an organisation's seat is kept in `partyForms` (the
    // contract has no field for it).
    ...(p.type === 'country' ? { capitalPlaceId: placeId(p.seatSlug) } : {}),
  }));
}
