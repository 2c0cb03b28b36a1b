/**
 * Ids of the records other code and tests refer to by name. They are plain strings in the
 * data files too; this is the one place to look them up.
 */
export { ASTANA_PLACE_ID } from './places';
export { BY_MFA_ID, BY_MIAD_ID, CIS_EC_ID, KZ_FPAD_ID, KZ_MFA_ID } from './bodies';
export { BY_MIAD_HEAD_ID, SHAMISHEV_ID } from './people';

export const KZ_PARTY_ID = 'party-kz';
export const BY_PARTY_ID = 'party-by';
export const CIS_PARTY_ID = 'party-cis';
export const MINSK_PLACE_ID = 'place-minsk';
export const PANDEMIC_TOPIC_ID = 'topic-pandemic';

export const SEED_KZ_BY_ID = 'c-seed-kz-by';
export const SEED_CIS_ID = 'c-seed-cis';

export const planIds = {
  kzBy2020: 'plan-kz-by-2020',
  kzCn2019: 'plan-kz-cn-2019',
  kzUz2021: 'plan-kz-uz-2021',
  kzRu2021: 'plan-kz-ru-2021',
  kzTr2022: 'plan-kz-tr-2022',
  kzRu2023: 'plan-kz-ru-2023',
  kzUz2023: 'plan-kz-uz-2023',
} as const;

/** The KZ–BY plan's item the seed consultation fulfils. */
export const SEED_PLAN_ITEM_ID = 'pi-kz-by-2020-fp-analysis';
