import type { LocalizedText } from '@/api/schemas';
import { addDays } from 'date-fns';

/**
 * Public holidays of the countries Kazakhstan plans consultations with most, 2020–2023, as the
 * project keeps them for the planning clash check. Source: the official public holiday calendars
 * of each country (labour codes and government decrees on holidays; for China the State Council's
 * yearly holiday notices, for the Muslim feasts the dates the governments announced). Fixed-date
 * holidays are complete for the years covered; movable ones (Easter, Radunitsa, the Eids, the
 * Chinese lunar festivals) are listed as they fell. Weekend transfers of working days are not
 * kept: the check warns of the holiday itself.
 */
export interface PublicHoliday {
  date: string;
  countryCode: string;
  name: LocalizedText;
}

const names = {
  newYear: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' },
  orthodoxChristmas: {
    kk: 'Православиелік Рождество',
    ru: 'Православное Рождество',
    en: 'Orthodox Christmas',
  },
  catholicChristmas: {
    kk: 'Католиктік Рождество',
    ru: 'Католическое Рождество',
    en: 'Catholic Christmas',
  },
  womensDay: {
    kk: 'Халықаралық әйелдер күні',
    ru: 'Международный женский день',
    en: "International Women's Day",
  },
  nauryz: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' },
  navruz: { kk: 'Наурыз', ru: 'Навруз', en: 'Navruz' },
  nooruz: { kk: 'Нооруз', ru: 'Нооруз', en: 'Nooruz' },
  unityKz: {
    kk: 'Қазақстан халқының бірлігі мерекесі',
    ru: 'Праздник единства народа Казахстана',
    en: 'Unity Day of the People of Kazakhstan',
  },
  labourDay: { kk: 'Еңбек күні', ru: 'Праздник труда', en: 'Labour Day' },
  defenderKz: {
    kk: 'Отан қорғаушы күні',
    ru: 'День защитника Отечества',
    en: 'Defender of the Fatherland Day',
  },
  defender: {
    kk: 'Отан қорғаушы күні',
    ru: 'День защитника Отечества',
    en: 'Defender of the Fatherland Day',
  },
  victoryDay: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' },
  remembranceUz: {
    kk: 'Еске алу және құрмет көрсету күні',
    ru: 'День памяти и почестей',
    en: 'Day of Remembrance and Honour',
  },
  capitalDay: { kk: 'Астана күні', ru: 'День столицы', en: 'Capital Day' },
  constitutionKz: { kk: 'Конституция күні', ru: 'День Конституции', en: 'Constitution Day' },
  constitution: { kk: 'Конституция күні', ru: 'День Конституции', en: 'Constitution Day' },
  republicDayKz: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' },
  firstPresidentDay: {
    kk: 'Тұңғыш Президент күні',
    ru: 'День Первого Президента',
    en: 'First President Day',
  },
  independence: { kk: 'Тәуелсіздік күні', ru: 'День независимости', en: 'Independence Day' },
  kurbanAit: { kk: 'Құрбан айт', ru: 'Курбан айт', en: 'Eid al-Adha (Kurban Ait)' },
  oraza: { kk: 'Ораза айт', ru: 'Ораза айт', en: 'Eid al-Fitr' },
  catholicEaster: { kk: 'Католиктік Пасха', ru: 'Католическая Пасха', en: 'Catholic Easter' },
  orthodoxEaster: { kk: 'Православиелік Пасха', ru: 'Православная Пасха', en: 'Orthodox Easter' },
  radunitsa: { kk: 'Радуница', ru: 'Радуница', en: 'Radunitsa' },
  octoberRevolution: {
    kk: 'Қазан революциясы күні',
    ru: 'День Октябрьской революции',
    en: 'October Revolution Day',
  },
  newYearHolidays: {
    kk: 'Жаңа жылдық демалыс',
    ru: 'Новогодние каникулы',
    en: 'New Year holidays',
  },
  russiaDay: { kk: 'Ресей күні', ru: 'День России', en: 'Russia Day' },
  nationalUnityRu: { kk: 'Халық бірлігі күні', ru: 'День народного единства', en: 'Unity Day' },
  teachersDay: {
    kk: 'Ұстаздар мен тәлімгерлер күні',
    ru: 'День учителя и наставника',
    en: "Teachers' and Mentors' Day",
  },
  aprilRevolution: {
    kk: 'Сәуір халық революциясы күні',
    ru: 'День народной Апрельской революции',
    en: "Day of the People's April Revolution",
  },
  historyAncestors: {
    kk: 'Тарих және ата-бабаларды еске алу күндері',
    ru: 'Дни истории и памяти предков',
    en: 'Days of History and Commemoration of Ancestors',
  },
  springFestival: {
    kk: 'Көктем мерекесі (Қытай Жаңа жылы)',
    ru: 'Праздник Весны (Китайский Новый год)',
    en: 'Spring Festival',
  },
  qingming: { kk: 'Цинмин мерекесі', ru: 'Праздник Цинмин', en: 'Qingming Festival' },
  dragonBoat: {
    kk: 'Айдаһар қайықтары мерекесі',
    ru: 'Праздник драконьих лодок',
    en: 'Dragon Boat Festival',
  },
  midAutumn: {
    kk: 'Күз ортасы мерекесі',
    ru: 'Праздник середины осени',
    en: 'Mid-Autumn Festival',
  },
  nationalDayCn: { kk: 'ҚХР құрылған күн', ru: 'День образования КНР', en: 'National Day' },
  sovereigntyTr: {
    kk: 'Ұлттық егемендік және балалар күні',
    ru: 'День национального суверенитета и детей',
    en: "National Sovereignty and Children's Day",
  },
  ataturkTr: {
    kk: 'Ататүрікті еске алу, жастар мен спорт күні',
    ru: 'День памяти Ататюрка, молодёжи и спорта',
    en: 'Commemoration of Atatürk, Youth and Sports Day',
  },
  democracyTr: {
    kk: 'Демократия және ұлттық бірлік күні',
    ru: 'День демократии и национального единства',
    en: 'Democracy and National Unity Day',
  },
  victoryTr: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' },
  republicTr: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' },
  ramazanBayrami: {
    kk: 'Рамазан айты',
    ru: 'Рамазан-байрам',
    en: 'Ramadan Feast (Ramazan Bayramı)',
  },
  kurbanBayrami: {
    kk: 'Құрбан айты',
    ru: 'Курбан-байрам',
    en: 'Feast of Sacrifice (Kurban Bayramı)',
  },
} satisfies Record<string, LocalizedText>;

type Name = keyof typeof names;
/** A day (MM-DD) or a span of days [first, last], the same every year. */
type Fixed = readonly [Name, string, string?];
/** A day or a span of days in one year (YYYY-MM-DD). */
type Dated = readonly [Name, string, string?];

const years = [2020, 2021, 2022, 2023] as const;

const fixed: Record<string, { from?: number; to?: number; rows: Fixed[] }[]> = {
  KZ: [
    {
      rows: [
        ['newYear', '01-01', '01-02'],
        ['orthodoxChristmas', '01-07'],
        ['womensDay', '03-08'],
        ['nauryz', '03-21', '03-23'],
        ['unityKz', '05-01'],
        ['defenderKz', '05-07'],
        ['victoryDay', '05-09'],
        ['capitalDay', '07-06'],
        ['constitutionKz', '08-30'],
        ['independence', '12-16'],
      ],
    },
    // Until the 2022 amendment: First President Day and a second Independence Day.
    {
      to: 2021,
      rows: [
        ['firstPresidentDay', '12-01'],
        ['independence', '12-17'],
      ],
    },
    // Since 2022: Republic Day is a public holiday again.
    { from: 2022, rows: [['republicDayKz', '10-25']] },
  ],
  BY: [
    {
      rows: [
        ['newYear', '01-01', '01-02'],
        ['orthodoxChristmas', '01-07'],
        ['womensDay', '03-08'],
        ['labourDay', '05-01'],
        ['victoryDay', '05-09'],
        ['independence', '07-03'],
        ['octoberRevolution', '11-07'],
        ['catholicChristmas', '12-25'],
      ],
    },
  ],
  RU: [
    {
      rows: [
        ['newYearHolidays', '01-01', '01-06'],
        ['orthodoxChristmas', '01-07'],
        ['newYearHolidays', '01-08'],
        ['defender', '02-23'],
        ['womensDay', '03-08'],
        ['labourDay', '05-01'],
        ['victoryDay', '05-09'],
        ['russiaDay', '06-12'],
        ['nationalUnityRu', '11-04'],
      ],
    },
  ],
  UZ: [
    {
      rows: [
        ['newYear', '01-01'],
        ['womensDay', '03-08'],
        ['navruz', '03-21'],
        ['remembranceUz', '05-09'],
        ['independence', '09-01'],
        ['teachersDay', '10-01'],
        ['constitution', '12-08'],
      ],
    },
  ],
  KG: [
    {
      rows: [
        ['newYear', '01-01'],
        ['orthodoxChristmas', '01-07'],
        ['defender', '02-23'],
        ['womensDay', '03-08'],
        ['nooruz', '03-21'],
        ['aprilRevolution', '04-07'],
        ['labourDay', '05-01'],
        ['constitution', '05-05'],
        ['victoryDay', '05-09'],
        ['independence', '08-31'],
        ['historyAncestors', '11-07', '11-08'],
      ],
    },
  ],
  CN: [
    {
      rows: [
        ['newYear', '01-01'],
        ['labourDay', '05-01'],
      ],
    },
  ],
  TR: [
    {
      rows: [
        ['newYear', '01-01'],
        ['sovereigntyTr', '04-23'],
        ['labourDay', '05-01'],
        ['ataturkTr', '05-19'],
        ['democracyTr', '07-15'],
        ['victoryTr', '08-30'],
        ['republicTr', '10-29'],
      ],
    },
  ],
};

/** Eid al-Fitr and Eid al-Adha as announced for the year (first day). */
const eids: Record<number, { fitr: string; adha: string }> = {
  2020: { fitr: '2020-05-24', adha: '2020-07-31' },
  2021: { fitr: '2021-05-13', adha: '2021-07-20' },
  2022: { fitr: '2022-05-02', adha: '2022-07-09' },
  2023: { fitr: '2023-04-21', adha: '2023-06-28' },
};

const easter: Record<number, { catholic: string; orthodox: string; radunitsa: string }> = {
  2020: { catholic: '2020-04-12', orthodox: '2020-04-19', radunitsa: '2020-04-28' },
  2021: { catholic: '2021-04-04', orthodox: '2021-05-02', radunitsa: '2021-05-11' },
  2022: { catholic: '2022-04-17', orthodox: '2022-04-24', radunitsa: '2022-05-03' },
  2023: { catholic: '2023-04-09', orthodox: '2023-04-16', radunitsa: '2023-04-25' },
};

const plusDays = (iso: string, days: number) =>
  addDays(new Date(`${iso}T00:00:00Z`), days)
    .toISOString()
    .slice(0, 10);

const movable: Record<string, Dated[]> = {
  KZ: years.map((y) => ['kurbanAit', eids[y]!.adha] as const),
  BY: years.flatMap((y) => [
    ['catholicEaster', easter[y]!.catholic] as const,
    ['orthodoxEaster', easter[y]!.orthodox] as const,
    ['radunitsa', easter[y]!.radunitsa] as const,
  ]),
  UZ: years.flatMap((y) => [
    ['oraza', eids[y]!.fitr] as const,
    ['kurbanAit', eids[y]!.adha] as const,
  ]),
  KG: years.flatMap((y) => [
    ['oraza', eids[y]!.fitr] as const,
    ['kurbanAit', eids[y]!.adha] as const,
  ]),
  TR: years.flatMap((y) => [
    // Ramazan Bayramı lasts three days, Kurban Bayramı four.
    ['ramazanBayrami', eids[y]!.fitr, plusDays(eids[y]!.fitr, 2)] as const,
    ['kurbanBayrami', eids[y]!.adha, plusDays(eids[y]!.adha, 3)] as const,
  ]),
  // The State Council's holiday periods for the lunar festivals and the Golden Week extensions.
  CN: [
    ['springFestival', '2020-01-24', '2020-01-30'],
    ['qingming', '2020-04-04', '2020-04-06'],
    ['labourDay', '2020-05-02', '2020-05-05'],
    ['dragonBoat', '2020-06-25', '2020-06-27'],
    ['nationalDayCn', '2020-10-01', '2020-10-07'],
    ['midAutumn', '2020-10-08'],
    ['newYear', '2021-01-02', '2021-01-03'],
    ['springFestival', '2021-02-11', '2021-02-17'],
    ['qingming', '2021-04-03', '2021-04-05'],
    ['labourDay', '2021-05-02', '2021-05-05'],
    ['dragonBoat', '2021-06-12', '2021-06-14'],
    ['midAutumn', '2021-09-19', '2021-09-21'],
    ['nationalDayCn', '2021-10-01', '2021-10-07'],
    ['newYear', '2022-01-02', '2022-01-03'],
    ['springFestival', '2022-01-31', '2022-02-06'],
    ['qingming', '2022-04-03', '2022-04-05'],
    ['labourDay', '2022-04-30'],
    ['labourDay', '2022-05-02', '2022-05-04'],
    ['dragonBoat', '2022-06-03', '2022-06-05'],
    ['midAutumn', '2022-09-10', '2022-09-12'],
    ['nationalDayCn', '2022-10-01', '2022-10-07'],
    ['newYear', '2022-12-31'],
    ['newYear', '2023-01-02'],
    ['springFestival', '2023-01-21', '2023-01-27'],
    ['qingming', '2023-04-05'],
    ['labourDay', '2023-04-29', '2023-04-30'],
    ['labourDay', '2023-05-02', '2023-05-03'],
    ['dragonBoat', '2023-06-22', '2023-06-24'],
    ['midAutumn', '2023-09-29', '2023-09-30'],
    ['nationalDayCn', '2023-10-01', '2023-10-06'],
  ],
};

function daysOf(first: string, last: string | undefined): string[] {
  const days = [first];
  while (last && (days.at(-1) as string) < last) days.push(plusDays(days.at(-1) as string, 1));
  return days;
}

function buildTable(): PublicHoliday[] {
  const out: PublicHoliday[] = [];
  for (const [countryCode, groups] of Object.entries(fixed)) {
    for (const year of years) {
      for (const group of groups) {
        if ((group.from && year < group.from) || (group.to && year > group.to)) continue;
        for (const [name, first, last] of group.rows) {
          for (const date of daysOf(`${year}-${first}`, last && `${year}-${last}`))
            out.push({ date, countryCode, name: names[name] });
        }
      }
    }
  }
  for (const [countryCode, rows] of Object.entries(movable)) {
    for (const [name, first, last] of rows) {
      for (const date of daysOf(first, last)) out.push({ date, countryCode, name: names[name] });
    }
  }
  return out.sort(
    (a, b) => a.date.localeCompare(b.date) || a.countryCode.localeCompare(b.countryCode),
  );
}

/** The table, by country: built once. */
const table: PublicHoliday[] = buildTable();
const byCountry = new Map<string, PublicHoliday[]>();
for (const holiday of table) {
  const list = byCountry.get(holiday.countryCode) ?? [];
  list.push(holiday);
  byCountry.set(holiday.countryCode, list);
}

/** The years the table covers; outside them the check says nothing rather than something wrong. */
export const holidayYears = { first: years[0], last: years[years.length - 1] } as const;

/** A country's public holidays from `from` to `to`, inclusive (ISO dates). */
export function publicHolidays(countryCode: string, from: string, to: string): PublicHoliday[] {
  return (byCountry.get(countryCode) ?? []).filter((h) => h.date >= from && h.date <= to);
}

export const holidayCountries = (): string[] => [...byCountry.keys()].sort();
