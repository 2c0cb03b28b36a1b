import type { Language, Place, PlaceName } from '@/api/schemas';
import { DIRECTORY_CREATED_AT, lt, recordMeta } from './records';

/** The capital of Kazakhstan: one place, five names over time (see `astanaNames`). */
export const ASTANA_PLACE_ID = 'place-astana';

/**
 * The capital's names. Renamings take effect on the day after the previous name's `to`.
 * Akmolinsk → Tselinograd (1961-03-20) and Tselinograd → Akmola (1992) are kept for search;
 * the exact 1992 day is not in our sources, so that boundary is approximate (only the year
 * matters for data from 2019 on). The later ones are the dates the brief gives.
 */
const astanaNames: PlaceName[] = [
  { name: lt('Ақмола', 'Акмолинск', 'Akmolinsk'), to: '1961-03-19' },
  { name: lt('Целиноград', 'Целиноград', 'Tselinograd'), from: '1961-03-20', to: '1992-06-05' },
  { name: lt('Ақмола', 'Акмола', 'Akmola'), from: '1992-06-06', to: '1998-05-05' },
  { name: lt('Астана', 'Астана', 'Astana'), from: '1998-05-06', to: '2019-03-22' },
  { name: lt('Нұр-Сұлтан', 'Нур-Султан', 'Nur-Sultan'), from: '2019-03-23', to: '2022-09-16' },
  { name: lt('Астана', 'Астана', 'Astana'), from: '2022-09-17' },
];

/** [slug, ISO country, kk, ru, en]: cities that never changed name in the period we cover. */
const cities: readonly (readonly [string, string, string, string, string])[] = [
  ['almaty', 'KZ', 'Алматы', 'Алматы', 'Almaty'],
  ['minsk', 'BY', 'Минск', 'Минск', 'Minsk'],
  ['moscow', 'RU', 'Мәскеу', 'Москва', 'Moscow'],
  ['tashkent', 'UZ', 'Ташкент', 'Ташкент', 'Tashkent'],
  ['bishkek', 'KG', 'Бішкек', 'Бишкек', 'Bishkek'],
  ['dushanbe', 'TJ', 'Душанбе', 'Душанбе', 'Dushanbe'],
  ['ashgabat', 'TM', 'Ашхабад', 'Ашхабад', 'Ashgabat'],
  ['baku', 'AZ', 'Баку', 'Баку', 'Baku'],
  ['yerevan', 'AM', 'Ереван', 'Ереван', 'Yerevan'],
  ['tbilisi', 'GE', 'Тбилиси', 'Тбилиси', 'Tbilisi'],
  ['beijing', 'CN', 'Бейжің', 'Пекин', 'Beijing'],
  ['ankara', 'TR', 'Анкара', 'Анкара', 'Ankara'],
  ['tehran', 'IR', 'Тегеран', 'Тегеран', 'Tehran'],
  ['new-delhi', 'IN', 'Нью-Дели', 'Нью-Дели', 'New Delhi'],
  ['islamabad', 'PK', 'Исламабад', 'Исламабад', 'Islamabad'],
  ['ulaanbaatar', 'MN', 'Ұлан-Батыр', 'Улан-Батор', 'Ulaanbaatar'],
  ['kabul', 'AF', 'Кабул', 'Кабул', 'Kabul'],
  ['berlin', 'DE', 'Берлин', 'Берлин', 'Berlin'],
  ['paris', 'FR', 'Париж', 'Париж', 'Paris'],
  ['london', 'GB', 'Лондон', 'Лондон', 'London'],
  ['washington', 'US', 'Вашингтон', 'Вашингтон', 'Washington'],
  ['tokyo', 'JP', 'Токио', 'Токио', 'Tokyo'],
  ['seoul', 'KR', 'Сеул', 'Сеул', 'Seoul'],
  ['abu-dhabi', 'AE', 'Әбу-Даби', 'Абу-Даби', 'Abu Dhabi'],
  ['riyadh', 'SA', 'Эр-Рияд', 'Эр-Рияд', 'Riyadh'],
  ['cairo', 'EG', 'Каир', 'Каир', 'Cairo'],
  ['budapest', 'HU', 'Будапешт', 'Будапешт', 'Budapest'],
  ['warsaw', 'PL', 'Варшава', 'Варшава', 'Warsaw'],
  ['rome', 'IT', 'Рим', 'Рим', 'Rome'],
  ['doha', 'QA', 'Доха', 'Доха', 'Doha'],
  // Seats of organisations that are not capitals.
  ['new-york', 'US', 'Нью-Йорк', 'Нью-Йорк', 'New York'],
  ['geneva', 'CH', 'Женева', 'Женева', 'Geneva'],
  ['vienna', 'AT', 'Вена', 'Вена', 'Vienna'],
  ['brussels', 'BE', 'Брюссель', 'Брюссель', 'Brussels'],
  ['istanbul', 'TR', 'Стамбұл', 'Стамбул', 'Istanbul'],
  ['jeddah', 'SA', 'Жидда', 'Джидда', 'Jeddah'],
];

export function placeId(slug: string): string {
  return `place-${slug}`;
}

export function createPlaces(): Place[] {
  const by = 'u-head';
  return [
    {
      ...recordMeta(ASTANA_PLACE_ID, DIRECTORY_CREATED_AT, by),
      countryCode: 'KZ',
      names: astanaNames.map((n) => ({ ...n })),
    },
    ...cities.map(([slug, countryCode, kk, ru, en]) => ({
      ...recordMeta(placeId(slug), DIRECTORY_CREATED_AT, by),
      countryCode,
      names: [{ name: lt(kk, ru, en) }],
    })),
  ];
}

/** The name a place had on `date`, in `language` (falling back to ru, then en, then kk). */
export function placeNameAt(place: Place, date: string, language: Language): string {
  const current =
    place.names.find((n) => (!n.from || n.from <= date) && (!n.to || date <= n.to)) ??
    place.names[place.names.length - 1];
  const name = current?.name;
  if (!name) return '';
  return name[language] || name.ru || name.en || name.kk || '';
}
