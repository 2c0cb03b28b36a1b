import type { Topic } from '@/api/schemas';
import { DIRECTORY_CREATED_AT, lt, recordMeta } from './records';

/** [id, parent id, kk, ru, en]. Parents come before their children. */
type TopicRow = readonly [id: string, parentId: string | null, kk: string, ru: string, en: string];

const topicRows: readonly TopicRow[] = [
  [
    'topic-foreign-policy',
    null,
    'Сыртқы саясат және халықаралық қатынастар',
    'Внешняя политика и международные отношения',
    'Foreign policy and international relations',
  ],
  [
    'topic-geopolitics',
    'topic-foreign-policy',
    'Геосаяси және геоэкономикалық жағдай',
    'Геополитическая и геоэкономическая ситуация',
    'Geopolitical and geo-economic situation',
  ],
  [
    'topic-fp-priorities',
    'topic-foreign-policy',
    'Сыртқы саясаттағы басымдықтар',
    'Внешнеполитические приоритеты',
    'Foreign-policy priorities',
  ],
  [
    'topic-fp-planning',
    'topic-foreign-policy',
    'Сыртқы саяси жоспарлау',
    'Внешнеполитическое планирование',
    'Foreign-policy planning',
  ],
  [
    'topic-pandemic',
    'topic-foreign-policy',
    'Коронавирустық пандемия жағдайындағы халықаралық қатынастар',
    'Международные отношения в условиях пандемии коронавируса',
    'International relations under the coronavirus pandemic',
  ],
  [
    'topic-vaccines',
    'topic-pandemic',
    'Вакциналар және медициналық көмек',
    'Вакцины и медицинская помощь',
    'Vaccines and medical assistance',
  ],
  [
    'topic-3d',
    'topic-foreign-policy',
    '«Үш диалог – 3D» тұжырымдамасы',
    'Концепция «Три диалога – 3D»',
    '"Three dialogues – 3D" concept',
  ],
  [
    'topic-analytical-institutes',
    'topic-foreign-policy',
    'Сыртқы саяси аналитикалық институттар ынтымақтастығы',
    'Сотрудничество внешнеполитических аналитических институтов',
    'Cooperation of foreign-policy analytical institutes',
  ],

  [
    'topic-integration',
    null,
    'Өңірлік интеграция',
    'Региональная интеграция',
    'Regional integration',
  ],
  [
    'topic-eaeu',
    'topic-integration',
    'ЕАЭО-дағы интеграция',
    'Интеграция в ЕАЭС',
    'Integration in the EAEU',
  ],
  [
    'topic-cis-integration',
    'topic-integration',
    'ТМД-дағы интеграция',
    'Интеграция в СНГ',
    'Integration in the CIS',
  ],
  [
    'topic-intl-situation-cis',
    'topic-cis-integration',
    'Халықаралық жағдай және оның Достастыққа әсері',
    'Международная обстановка и её влияние на Содружество',
    'International situation and its effect on the Commonwealth',
  ],
  [
    'topic-eurasian-macroregions',
    'topic-integration',
    'Еуразиялық макроөңірлерді интеграциялық ұштастыру',
    'Интеграционное сопряжение евразийских макрорегионов',
    'Integration of Eurasian macro-regions',
  ],
  [
    'topic-central-asia',
    'topic-integration',
    'Орталық Азиядағы өңірлік ынтымақтастық',
    'Региональное сотрудничество в Центральной Азии',
    'Regional cooperation in Central Asia',
  ],

  [
    'topic-security',
    null,
    'Өңірлік және халықаралық қауіпсіздік',
    'Региональная и международная безопасность',
    'Regional and international security',
  ],
  [
    'topic-afghanistan',
    'topic-security',
    'Ауғанстандағы жағдай',
    'Ситуация в Афганистане',
    'Situation in Afghanistan',
  ],
  [
    'topic-terrorism',
    'topic-security',
    'Терроризм мен экстремизмге қарсы іс-қимыл',
    'Противодействие терроризму и экстремизму',
    'Countering terrorism and extremism',
  ],
  [
    'topic-nonproliferation',
    'topic-security',
    'Ядролық қарусыздану және таратпау',
    'Ядерное разоружение и нераспространение',
    'Nuclear disarmament and non-proliferation',
  ],
  [
    'topic-cybersecurity',
    'topic-security',
    'Халықаралық ақпараттық қауіпсіздік',
    'Международная информационная безопасность',
    'International information security',
  ],
  [
    'topic-confidence-building',
    'topic-security',
    'Сенім шаралары',
    'Меры доверия',
    'Confidence-building measures',
  ],

  [
    'topic-economy',
    null,
    'Сауда-экономикалық ынтымақтастық',
    'Торгово-экономическое сотрудничество',
    'Trade and economic cooperation',
  ],
  [
    'topic-trade',
    'topic-economy',
    'Сауда және инвестициялар',
    'Торговля и инвестиции',
    'Trade and investment',
  ],
  [
    'topic-transport',
    'topic-economy',
    'Көлік және транзит',
    'Транспорт и транзит',
    'Transport and transit',
  ],
  [
    'topic-middle-corridor',
    'topic-transport',
    'Транскаспий халықаралық көлік бағыты',
    'Транскаспийский международный транспортный маршрут',
    'Trans-Caspian International Transport Route',
  ],
  ['topic-energy', 'topic-economy', 'Энергетика', 'Энергетика', 'Energy'],
  [
    'topic-water',
    'topic-economy',
    'Трансшекаралық өзендер және су пайдалану',
    'Трансграничные реки и водопользование',
    'Transboundary rivers and water use',
  ],
  [
    'topic-food-security',
    'topic-economy',
    'Азық-түлік қауіпсіздігі',
    'Продовольственная безопасность',
    'Food security',
  ],
  ['topic-digital', 'topic-economy', 'Цифрландыру', 'Цифровизация', 'Digitalisation'],

  [
    'topic-humanitarian',
    null,
    'Гуманитарлық ынтымақтастық',
    'Гуманитарное сотрудничество',
    'Humanitarian cooperation',
  ],
  [
    'topic-consular',
    'topic-humanitarian',
    'Консулдық мәселелер',
    'Консульские вопросы',
    'Consular matters',
  ],
  ['topic-visa', 'topic-consular', 'Визалық режим', 'Визовый режим', 'Visa regime'],
  [
    'topic-repatriation',
    'topic-consular',
    'Азаматтарды елге қайтару',
    'Возвращение граждан на родину',
    'Repatriation of citizens',
  ],
  [
    'topic-migration',
    'topic-humanitarian',
    'Еңбек көші-қоны',
    'Трудовая миграция',
    'Labour migration',
  ],
  [
    'topic-education',
    'topic-humanitarian',
    'Білім және ғылым',
    'Образование и наука',
    'Education and science',
  ],
  [
    'topic-culture',
    'topic-humanitarian',
    'Мәдениет және туризм',
    'Культура и туризм',
    'Culture and tourism',
  ],

  ['topic-global', null, 'Жаһандық күн тәртібі', 'Глобальная повестка', 'Global agenda'],
  ['topic-climate', 'topic-global', 'Климаттың өзгеруі', 'Изменение климата', 'Climate change'],
  [
    'topic-sdg',
    'topic-global',
    'Тұрақты даму мақсаттары',
    'Цели устойчивого развития',
    'Sustainable Development Goals',
  ],
  ['topic-human-rights', 'topic-global', 'Адам құқықтары', 'Права человека', 'Human rights'],
  ['topic-un-agenda', 'topic-global', 'БҰҰ күн тәртібі', 'Повестка ООН', 'UN agenda'],

  [
    'topic-legal',
    null,
    'Шарттық-құқықтық база',
    'Договорно-правовая база',
    'Treaty and legal framework',
  ],
  [
    'topic-border',
    'topic-legal',
    'Мемлекеттік шекараны делимитациялау және демаркациялау',
    'Делимитация и демаркация государственной границы',
    'Delimitation and demarcation of the state border',
  ],
  [
    'topic-caspian',
    'topic-legal',
    'Каспий теңізінің құқықтық мәртебесі',
    'Правовой статус Каспийского моря',
    'Legal status of the Caspian Sea',
  ],
];

export function createTopics(): Topic[] {
  return topicRows.map(([id, parentId, kk, ru, en]) => ({
    ...recordMeta(id, DIRECTORY_CREATED_AT, 'u-analyst'),
    parentId,
    name: lt(kk, ru, en),
    mergedInto: null,
  }));
}

/** What a meeting on this topic is about: decides which department leads it. */
export type TopicArea = 'analysis' | 'consular' | 'legal' | 'economic' | 'general';

const areaOfTopic: Record<string, TopicArea> = {
  'topic-geopolitics': 'analysis',
  'topic-fp-priorities': 'analysis',
  'topic-fp-planning': 'analysis',
  'topic-pandemic': 'analysis',
  'topic-3d': 'analysis',
  'topic-analytical-institutes': 'analysis',
  'topic-intl-situation-cis': 'analysis',
  'topic-eurasian-macroregions': 'analysis',
  'topic-consular': 'consular',
  'topic-visa': 'consular',
  'topic-repatriation': 'consular',
  'topic-migration': 'consular',
  'topic-legal': 'legal',
  'topic-border': 'legal',
  'topic-caspian': 'legal',
  'topic-trade': 'economic',
  'topic-transport': 'economic',
  'topic-middle-corridor': 'economic',
  'topic-energy': 'economic',
  'topic-water': 'economic',
  'topic-food-security': 'economic',
  'topic-digital': 'economic',
};

export function topicArea(topicId: string): TopicArea {
  return areaOfTopic[topicId] ?? 'general';
}
