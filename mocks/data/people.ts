import type { LocalizedText, Person } from '@/api/schemas';
import { BY_MIAD_ID, CIS_EC_ID, KZ_FPAD_ID } from './bodies';
import { partyId } from './parties';
import { DIRECTORY_CREATED_AT, lt, recordMeta } from './records';

/** The only real person in the data: the seed names him. Everyone else is invented. */
export const SHAMISHEV_ID = 'person-kz-shamishev';
export const BY_MIAD_HEAD_ID = 'person-by-savitsky';

/**
 * Position titles. Kazakh titles are possessive forms that follow the body's name
 * ("ССТБД директоры"). `lead` marks the head of the body: the generator makes such a person
 * head of delegation at department level, and the others members or heads at expert level.
 */
const titles = {
  director: { text: lt('директоры', 'директор', 'Director'), lead: true },
  deputyDirector: {
    text: lt('директорының орынбасары', 'заместитель директора', 'Deputy Director'),
    lead: false,
  },
  head: { text: lt('бастығы', 'начальник', 'Head'), lead: true },
  deputyHead: {
    text: lt('бастығының орынбасары', 'заместитель начальника', 'Deputy Head'),
    lead: false,
  },
  directorGeneral: {
    text: lt('бас директоры', 'генеральный директор', 'Director General'),
    lead: true,
  },
  counsellor: { text: lt('кеңесшісі', 'советник', 'Counsellor'), lead: false },
  chiefExpert: { text: lt('бас сарапшысы', 'главный эксперт', 'Chief Expert'), lead: false },
  firstSecretary: {
    text: lt('бірінші хатшысы', 'первый секретарь', 'First Secretary'),
    lead: false,
  },
  seniorOfficer: { text: lt('аға қызметкері', 'старший сотрудник', 'Senior Officer'), lead: false },
} as const satisfies Record<string, { text: LocalizedText; lead: boolean }>;

export type TitleKey = keyof typeof titles;

type PositionRow = readonly [bodyId: string, title: TitleKey, from?: string, to?: string];

interface PersonRow {
  id: string;
  partyCode: string;
  /** kk, ru, en spellings. */
  name: readonly [string, string, string];
  positions: readonly PositionRow[];
}

const p = (
  id: string,
  partyCode: string,
  name: readonly [string, string, string],
  ...positions: PositionRow[]
): PersonRow => ({
  id,
  partyCode,
  name,
  positions,
});

const personRows: readonly PersonRow[] = [
  // Kazakhstan. Successions leave no gaps, so every department has a head on every day of
  // 2019–2022 and delegations can always name one.
  p(
    SHAMISHEV_ID,
    'KZ',
    ['Ерлан Шәмішев', 'Ерлан Шамишев', 'Erlan Shamishev'],
    [KZ_FPAD_ID, 'director', '2019-01-01'],
  ),
  p(
    'person-kz-sarsenova',
    'KZ',
    ['Айгүл Сәрсенова', 'Айгуль Сарсенова', 'Aigul Sarsenova'],
    [KZ_FPAD_ID, 'deputyDirector', '2018-06-01', '2020-08-31'],
    ['body-kz-europe', 'director', '2020-09-01'],
  ),
  p(
    'person-kz-zhumabayev',
    'KZ',
    ['Данияр Жұмабаев', 'Данияр Жумабаев', 'Daniyar Zhumabayev'],
    [KZ_FPAD_ID, 'deputyDirector', '2020-09-15'],
  ),
  p(
    'person-kz-ospanov',
    'KZ',
    ['Мәди Оспанов', 'Мади Оспанов', 'Madi Ospanov'],
    [KZ_FPAD_ID, 'chiefExpert', '2018-03-01'],
  ),
  p(
    'person-kz-kassymova',
    'KZ',
    ['Әсел Қасымова', 'Асель Касымова', 'Assel Kassymova'],
    [KZ_FPAD_ID, 'firstSecretary', '2018-09-01', '2020-12-31'],
    [KZ_FPAD_ID, 'counsellor', '2021-01-01'],
  ),
  p(
    'person-kz-smagulov',
    'KZ',
    ['Қайрат Смағұлов', 'Кайрат Смагулов', 'Kairat Smagulov'],
    ['body-kz-europe', 'director', '2017-01-09', '2020-08-31'],
  ),
  p(
    'person-kz-yessenova',
    'KZ',
    ['Меруерт Есенова', 'Меруерт Есенова', 'Meruert Yessenova'],
    ['body-kz-europe', 'counsellor', '2019-02-01'],
  ),
  p(
    'person-kz-akhmetov',
    'KZ',
    ['Бауыржан Ахметов', 'Бауыржан Ахметов', 'Baurzhan Akhmetov'],
    ['body-kz-cis', 'director', '2017-09-01', '2021-06-30'],
  ),
  p(
    'person-kz-toktarov',
    'KZ',
    ['Нұрлан Тоқтаров', 'Нурлан Токтаров', 'Nurlan Toktarov'],
    ['body-kz-cis', 'deputyDirector', '2018-04-02', '2021-06-30'],
    ['body-kz-cis', 'director', '2021-07-01'],
  ),
  p(
    'person-kz-amanzholova',
    'KZ',
    ['Ләззат Аманжолова', 'Ляззат Аманжолова', 'Lyazzat Amanzholova'],
    ['body-kz-cis', 'counsellor', '2019-01-01', '2021-06-30'],
    ['body-kz-cis', 'deputyDirector', '2021-07-01'],
  ),
  p(
    'person-kz-serikbayev',
    'KZ',
    ['Ғалым Серікбаев', 'Галым Серикбаев', 'Galym Serikbayev'],
    ['body-kz-asia', 'director', '2018-01-15'],
  ),
  p(
    'person-kz-abdrakhmanova',
    'KZ',
    ['Жанар Әбдірахманова', 'Жанар Абдрахманова', 'Zhanar Abdrakhmanova'],
    ['body-kz-asia', 'deputyDirector', '2019-05-01'],
  ),
  p(
    'person-kz-issabekov',
    'KZ',
    ['Дәурен Исабеков', 'Даурен Исабеков', 'Dauren Issabekov'],
    ['body-kz-multilateral', 'director', '2018-11-01'],
  ),
  p(
    'person-kz-baizhanova',
    'KZ',
    ['Гүлнар Байжанова', 'Гульнар Байжанова', 'Gulnar Baizhanova'],
    ['body-kz-multilateral', 'chiefExpert', '2019-01-01'],
  ),
  p(
    'person-kz-nurgaliyev',
    'KZ',
    ['Тимур Нұрғалиев', 'Тимур Нургалиев', 'Timur Nurgaliyev'],
    ['body-kz-americas', 'director', '2018-07-01'],
  ),
  p(
    'person-kz-zhaksylykov',
    'KZ',
    ['Арман Жақсылықов', 'Арман Жаксылыков', 'Arman Zhaksylykov'],
    ['body-kz-mea', 'director', '2018-02-12'],
  ),
  p(
    'person-kz-mukanova',
    'KZ',
    ['Сәуле Мұқанова', 'Сауле Муканова', 'Saule Mukanova'],
    ['body-kz-consular', 'director', '2018-10-01'],
  ),
  p(
    'person-kz-kenzhebekov',
    'KZ',
    ['Асқар Кенжебеков', 'Аскар Кенжебеков', 'Askar Kenzhebekov'],
    ['body-kz-consular', 'deputyDirector', '2019-03-01'],
  ),
  p(
    'person-kz-bekmukhambetov',
    'KZ',
    ['Ержан Бекмұхамбетов', 'Ержан Бекмухамбетов', 'Yerzhan Bekmukhambetov'],
    ['body-kz-legal', 'director', '2017-05-01'],
  ),
  p(
    'person-kz-tursynbayev',
    'KZ',
    ['Алмас Тұрсынбаев', 'Алмас Турсынбаев', 'Almas Tursynbayev'],
    ['body-kz-economic', 'director', '2018-08-01'],
  ),
  p(
    'person-kz-omarov',
    'KZ',
    ['Бекзат Омаров', 'Бекзат Омаров', 'Bekzat Omarov'],
    ['body-kz-economic', 'firstSecretary', '2019-06-01', '2021-08-31'],
    [KZ_FPAD_ID, 'seniorOfficer', '2021-09-01'],
  ),

  // Belarus: the seed's directorate changes head in 2022; the deputy is promoted.
  p(
    BY_MIAD_HEAD_ID,
    'BY',
    ['Андрей Савицкий', 'Андрей Савицкий', 'Andrei Savitsky'],
    [BY_MIAD_ID, 'head', '2018-09-03', '2022-02-28'],
  ),
  p(
    'person-by-kovalev',
    'BY',
    ['Дмитрий Ковалёв', 'Дмитрий Ковалёв', 'Dmitry Kovalev'],
    [BY_MIAD_ID, 'deputyHead', '2019-01-14', '2022-02-28'],
    [BY_MIAD_ID, 'head', '2022-03-01'],
  ),
  p(
    'person-by-melnikova',
    'BY',
    ['Ольга Мельникова', 'Ольга Мельникова', 'Olga Melnikova'],
    [BY_MIAD_ID, 'counsellor', '2019-04-01'],
  ),
  p(
    'person-by-goncharenko',
    'BY',
    ['Сергей Гончаренко', 'Сергей Гончаренко', 'Sergei Goncharenko'],
    ['body-by-cis', 'head', '2018-01-10'],
  ),
  p(
    'person-by-zhuk',
    'BY',
    ['Наталья Жук', 'Наталья Жук', 'Natalia Zhuk'],
    ['body-by-consular', 'head', '2019-02-01'],
  ),

  // Russia.
  p(
    'person-ru-drozdov',
    'RU',
    ['Алексей Дроздов', 'Алексей Дроздов', 'Alexei Drozdov'],
    ['body-ru-planning', 'director', '2017-03-01', '2020-10-31'],
  ),
  p(
    'person-ru-zaitsev',
    'RU',
    ['Михаил Зайцев', 'Михаил Зайцев', 'Mikhail Zaitsev'],
    ['body-ru-planning', 'deputyDirector', '2018-01-01', '2020-10-31'],
    ['body-ru-planning', 'director', '2020-11-01'],
  ),
  p(
    'person-ru-orlova',
    'RU',
    ['Елена Орлова', 'Елена Орлова', 'Elena Orlova'],
    ['body-ru-cis2', 'director', '2018-05-01'],
  ),
  p(
    'person-ru-fedorov',
    'RU',
    ['Павел Фёдоров', 'Павел Фёдоров', 'Pavel Fedorov'],
    ['body-ru-legal', 'director', '2019-01-01'],
  ),

  // Central Asia and the Caucasus.
  p(
    'person-uz-rakhimov',
    'UZ',
    ['Бахтиёр Рахимов', 'Бахтиёр Рахимов', 'Bakhtiyor Rakhimov'],
    ['body-uz-analysis', 'director', '2018-12-01'],
  ),
  p(
    'person-uz-yusupova',
    'UZ',
    ['Дилноза Юсупова', 'Дилноза Юсупова', 'Dilnoza Yusupova'],
    ['body-uz-cis', 'director', '2019-03-01'],
  ),
  p(
    'person-uz-karimov',
    'UZ',
    ['Шерзод Каримов', 'Шерзод Каримов', 'Sherzod Karimov'],
    ['body-uz-analysis', 'chiefExpert', '2019-01-01'],
  ),
  p(
    'person-kg-zhumaliev',
    'KG',
    ['Азамат Жұмалиев', 'Азамат Жумалиев', 'Azamat Zhumaliev'],
    ['body-kg-analysis', 'head', '2018-06-01'],
  ),
  p(
    'person-tj-nazarov',
    'TJ',
    ['Фаррух Назаров', 'Фаррух Назаров', 'Farrukh Nazarov'],
    ['body-tj-cis', 'head', '2017-11-01'],
  ),
  p(
    'person-az-hasanli',
    'AZ',
    ['Эльчин Гасанлы', 'Эльчин Гасанлы', 'Elchin Hasanli'],
    ['body-az-analysis', 'head', '2018-04-01'],
  ),

  // Asia.
  p(
    'person-cn-wang',
    'CN',
    ['Ван Лэй', 'Ван Лэй', 'Wang Lei'],
    ['body-cn-planning', 'directorGeneral', '2018-02-01'],
  ),
  p(
    'person-cn-chen',
    'CN',
    ['Чэнь Хуа', 'Чэнь Хуа', 'Chen Hua'],
    ['body-cn-eurasia', 'directorGeneral', '2017-08-01', '2021-03-31'],
  ),
  p(
    'person-cn-liu',
    'CN',
    ['Лю Цзюнь', 'Лю Цзюнь', 'Liu Jun'],
    ['body-cn-eurasia', 'counsellor', '2018-01-01', '2021-03-31'],
    ['body-cn-eurasia', 'directorGeneral', '2021-04-01'],
  ),
  p(
    'person-jp-sato',
    'JP',
    ['Такэси Сато', 'Такэси Сато', 'Takeshi Sato'],
    ['body-jp-central-asia', 'director', '2019-04-01'],
  ),
  p(
    'person-kr-kim',
    'KR',
    ['Ким Мин Су', 'Ким Мин Су', 'Kim Min-su'],
    ['body-kr-eurasia', 'directorGeneral', '2018-09-01'],
  ),
  p(
    'person-in-sharma',
    'IN',
    ['Викрам Шарма', 'Викрам Шарма', 'Vikram Sharma'],
    ['body-in-eurasia', 'head', '2018-07-01'],
  ),

  // Türkiye, Europe, the Americas.
  p(
    'person-tr-yilmaz',
    'TR',
    ['Мехмет Йылмаз', 'Мехмет Йылмаз', 'Mehmet Yılmaz'],
    ['body-tr-sam', 'head', '2018-10-01'],
  ),
  p(
    'person-tr-demir',
    'TR',
    ['Айше Демир', 'Айше Демир', 'Ayşe Demir'],
    ['body-tr-eurasia', 'directorGeneral', '2019-01-01'],
  ),
  p(
    'person-de-richter',
    'DE',
    ['Клаус Рихтер', 'Клаус Рихтер', 'Klaus Richter'],
    ['body-de-planning', 'head', '2018-08-01'],
  ),
  p(
    'person-us-collins',
    'US',
    ['Дженнифер Коллинз', 'Дженнифер Коллинз', 'Jennifer Collins'],
    ['body-us-central-asia', 'director', '2019-08-01'],
  ),

  // Organisations' staff.
  p(
    'person-cis-petrov',
    'CIS',
    ['Игорь Петров', 'Игорь Петров', 'Igor Petrov'],
    ['body-cis-ec-political', 'director', '2017-06-01'],
  ),
  p(
    'person-cis-sokolova',
    'CIS',
    ['Наталья Соколова', 'Наталья Соколова', 'Natalia Sokolova'],
    [CIS_EC_ID, 'counsellor', '2018-01-01', '2020-06-30'],
    ['body-cis-ec-political', 'deputyDirector', '2020-07-01'],
  ),
  p(
    'person-eaeu-volkova',
    'EAEU',
    ['Екатерина Волкова', 'Екатерина Волкова', 'Ekaterina Volkova'],
    ['body-eaeu-eec', 'director', '2019-02-01'],
  ),
  p(
    'person-sco-li',
    'SCO',
    ['Ли Цзин', 'Ли Цзин', 'Li Jing'],
    ['body-sco-secretariat', 'counsellor', '2019-01-01'],
  ),
  p(
    'person-ots-ozturk',
    'OTS',
    ['Эмре Өзтүрік', 'Эмре Озтюрк', 'Emre Öztürk'],
    ['body-ots-secretariat', 'director', '2019-09-01'],
  ),
  p(
    'person-cica-kaliyev',
    'CICA',
    ['Дамир Қалиев', 'Дамир Калиев', 'Damir Kaliyev'],
    ['body-cica-secretariat', 'director', '2018-01-01'],
  ),
  p(
    'person-csto-nikitin',
    'CSTO',
    ['Олег Никитин', 'Олег Никитин', 'Oleg Nikitin'],
    ['body-csto-secretariat', 'director', '2019-01-01'],
  ),
  p(
    'person-eu-lambert',
    'EU',
    ['Пьер Ламбер', 'Пьер Ламбер', 'Pierre Lambert'],
    ['body-eu-eeas', 'head', '2019-09-01'],
  ),
  p(
    'person-un-fernandes',
    'UN',
    ['Мария Фернандес', 'Мария Фернандес', 'Maria Fernandes'],
    ['body-un-unrcca', 'seniorOfficer', '2018-05-01'],
  ),
  p(
    'person-osce-berger',
    'OSCE',
    ['Томас Бергер', 'Томас Бергер', 'Thomas Berger'],
    ['body-osce-secretariat', 'head', '2019-01-01'],
  ),
  p(
    'person-oic-harbi',
    'OIC',
    ['Юсуф әл-Харби', 'Юсуф аль-Харби', 'Yusuf Al-Harbi'],
    ['body-oic-secretariat', 'director', '2018-03-01'],
  ),
  p(
    'person-csto-belova',
    'CSTO',
    ['Анна Белова', 'Анна Белова', 'Anna Belova'],
    ['body-csto-secretariat', 'counsellor', '2020-02-01'],
  ),
  p(
    'person-eaeu-sadykov',
    'EAEU',
    ['Руслан Садықов', 'Руслан Садыков', 'Ruslan Sadykov'],
    ['body-eaeu-eec', 'chiefExpert', '2019-05-01'],
  ),
];

/** A position in a form the generator can query quickly. */
export interface PositionHolder {
  personId: string;
  bodyId: string;
  from: string;
  to: string;
  lead: boolean;
}

/** Open-ended positions are treated as running to this far-off day in comparisons. */
const OPEN_END = '9999-12-31';

export const positionHolders: readonly PositionHolder[] = personRows.flatMap((row) =>
  row.positions.map(([bodyId, title, from, to]) => ({
    personId: row.id,
    bodyId,
    from: from ?? '0000-01-01',
    to: to ?? OPEN_END,
    lead: titles[title].lead,
  })),
);

export function createPeople(): Person[] {
  // Entered with the directory: the store starts as a snapshot, careers included.
  return personRows.map((row) => ({
    ...recordMeta(row.id, DIRECTORY_CREATED_AT, 'u-analyst'),
    partyId: partyId(row.partyCode),
    name: lt(...row.name),
    positions: row.positions.map(([bodyId, title, from, to]) => ({
      bodyId,
      title: { ...titles[title].text },
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    })),
  }));
}
