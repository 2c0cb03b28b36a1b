import type { Language, Source } from '@/api/schemas';
import type { Random } from './prng';

/**
 * Press pages a meeting is logged from. Addresses follow each site's usual pattern with an
 * invented article number: they look real in the UI but are not meant to resolve.
 */
interface Site {
  publisher: string;
  language: Language | 'record';
  url: (n: number, language: Language) => string;
}

const kazakhSites: readonly Site[] = [
  {
    publisher: 'Gov.kz',
    language: 'record',
    url: (n, l) => `https://www.gov.kz/memleket/entities/mfa/press/news/details/${n}?lang=${l}`,
  },
  {
    publisher: 'Kazinform',
    language: 'record',
    url: (n, l) => `https://www.inform.kz/${l}/news/a${n}`,
  },
];

const partnerSites: Record<string, Site> = {
  BY: {
    publisher: 'МИД Республики Беларусь',
    language: 'ru',
    url: (n) => `https://mfa.gov.by/press/news_mfa/b${n}/`,
  },
  RU: {
    publisher: 'МИД России',
    language: 'ru',
    url: (n) => `https://www.mid.ru/ru/foreign_policy/news/${n}/`,
  },
  UZ: {
    publisher: 'МИД Республики Узбекистан',
    language: 'ru',
    url: (n) => `https://mfa.uz/ru/press/news/${n}`,
  },
  CN: {
    publisher: 'Ministry of Foreign Affairs of the PRC',
    language: 'en',
    url: (n) => `https://www.fmprc.gov.cn/eng/wjbxw/t${n}.html`,
  },
  TR: {
    publisher: 'Republic of Türkiye Ministry of Foreign Affairs',
    language: 'en',
    url: (n) => `https://www.mfa.gov.tr/news-${n}.en.mfa`,
  },
  CIS: {
    publisher: 'Исполнительный комитет СНГ',
    language: 'ru',
    url: (n) => `https://e-cis.info/news/566/${n}/`,
  },
  SCO: {
    publisher: 'SCO Secretariat',
    language: 'en',
    url: (n) => `https://eng.sectsco.org/news/${n}.html`,
  },
  OTS: {
    publisher: 'Organization of Turkic States',
    language: 'en',
    url: (n) => `https://www.turkicstates.org/en/haberler/${n}`,
  },
  EU: { publisher: 'EEAS', language: 'en', url: (n) => `https://www.eeas.europa.eu/node/${n}_en` },
  OSCE: { publisher: 'OSCE', language: 'en', url: (n) => `https://www.osce.org/node/${n}` },
};

/** One or two sources: a Kazakh page in the record's language, sometimes the partner's page. */
export function randomSources(
  rng: Random,
  language: Language,
  partnerCode: string,
  publishedOn: string | null,
  count: number,
): Source[] {
  const sources: Source[] = [];
  const kazakh = rng.pick(kazakhSites);
  sources.push(toSource(kazakh, rng.int(100_000, 999_999), language, publishedOn));
  const partner = partnerSites[partnerCode];
  if (count > 1 && partner)
    sources.push(toSource(partner, rng.int(100_000, 999_999), language, publishedOn));
  return sources;
}

function toSource(
  site: Site,
  n: number,
  recordLanguage: Language,
  publishedOn: string | null,
): Source {
  const language = site.language === 'record' ? recordLanguage : site.language;
  return { url: site.url(n, language), publisher: site.publisher, publishedOn, language };
}

/** The seed's news item, which reports both seed consultations. */
export const janaKezenSource: Source = {
  url: 'https://jana-kezen.kz/qazaqstan-men-belarus-arasynda-sim-aralyq-konsultatsiyalar-otti/',
  publisher: 'Jana-kezen.kz',
  // The page is undated in the seed; it reports 22 December 2020 in the past tense.
  publishedOn: null,
  language: 'kk',
};
