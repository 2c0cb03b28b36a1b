import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  parsePressRelease,
  type PressReleaseDirectory,
  type PressReleaseProposal,
} from '@/features/press-release';
import { createDemoData } from '@mocks/data';
import {
  ASTANA_PLACE_ID,
  BY_MIAD_ID,
  BY_PARTY_ID,
  CIS_EC_ID,
  CIS_PARTY_ID,
  KZ_FPAD_ID,
  KZ_PARTY_ID,
  MINSK_PLACE_ID,
  PANDEMIC_TOPIC_ID,
  SHAMISHEV_ID,
} from '@mocks/data/ids';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
let directory: PressReleaseDirectory;
beforeAll(() => {
  const data = createDemoData();
  directory = {
    parties: data.parties,
    bodies: data.bodies,
    people: data.people,
    topics: data.topics,
    places: data.places,
  };
});

describe('the seed news item (Kazakh)', () => {
  let proposals: PressReleaseProposal[];
  beforeAll(() => {
    proposals = parsePressRelease(fixture('seed-press-release.txt'), directory);
  });

  it('yields two proposals: the KZ–BY consultation and the CIS one', () => {
    expect(proposals).toHaveLength(2);
    expect(proposals.map((p) => p.partyIds)).toEqual([
      [KZ_PARTY_ID, BY_PARTY_ID],
      [CIS_PARTY_ID, KZ_PARTY_ID],
    ]);
    expect(proposals.every((p) => p.language === 'kk')).toBe(true);
  });

  it('KZ–BY: bodies of both ministries, the pandemic among its topics, no exact date, a follow-up next year in Nur-Sultan', () => {
    const [kzBy] = proposals as [PressReleaseProposal];
    expect(kzBy.title).toBe('Қазақстан мен Беларусь арасында СІМ-аралық консультациялар өтті');
    expect(kzBy.kind).toBe('bilateral');
    expect(kzBy.status).toBe('held');
    expect(kzBy.delegations).toEqual([
      { partyId: KZ_PARTY_ID, leadBodyId: KZ_FPAD_ID, headPersonId: null, memberIds: [] },
      { partyId: BY_PARTY_ID, leadBodyId: BY_MIAD_ID, headPersonId: null, memberIds: [] },
    ]);
    expect(kzBy.topicIds).toEqual(
      expect.arrayContaining([
        PANDEMIC_TOPIC_ID,
        'topic-geopolitics',
        'topic-eaeu',
        'topic-cis-integration',
        'topic-3d',
        'topic-eurasian-macroregions',
      ]),
    );
    // The EAEU and the CIS are named only as frames of the talks, not as delegations.
    expect(kzBy.partyIds).not.toContain(CIS_PARTY_ID);
    // No date in the text: a guess from the item's date (22 December 2020), marked so.
    expect(kzBy.dateInText).toBe(false);
    expect(kzBy.date).toEqual({ start: '2020-10-01', precision: 'quarter', approximate: true });
    expect(kzBy.mentionsPlan).toBe(true);
    expect(kzBy.followUps).toEqual([
      {
        text: expect.stringContaining('келесі жылы Нұр-Сұлтан қаласында'),
        due: { start: '2021-01-01', precision: 'year', approximate: false },
        condition: 'санитарлық-эпидемиологиялық жағдайдың дамуын ескере отырып',
        place: { placeId: ASTANA_PLACE_ID, city: 'Нұр-Сұлтан', countryCode: 'KZ' },
      },
    ]);
    expect(kzBy.outcomes).toEqual([
      { kind: 'agreement', text: expect.stringContaining('келісті') },
    ]);
    expect(kzBy.source).toEqual({
      url: 'https://jana-kezen.kz/',
      publisher: 'Jana-kezen.kz',
      publishedOn: null,
      language: 'kk',
    });
  });

  it('CIS: 22 December 2020, the CIS Executive Committee, the Kazakh delegation headed by Erlan Shamishev', () => {
    const cis = proposals[1] as PressReleaseProposal;
    expect(cis.date).toEqual({ start: '2020-12-22', precision: 'day', approximate: false });
    expect(cis.dateInText).toBe(true);
    expect(cis.kind).toBe('multilateral');
    expect(cis.delegations).toEqual([
      { partyId: CIS_PARTY_ID, leadBodyId: CIS_EC_ID, headPersonId: null, memberIds: [] },
      { partyId: KZ_PARTY_ID, leadBodyId: KZ_FPAD_ID, headPersonId: SHAMISHEV_ID, memberIds: [] },
    ]);
    expect(cis.topicIds).toEqual(['topic-fp-planning', 'topic-intl-situation-cis']);
    expect(cis.title).toBe(
      '«ТМД-ға қатысушы мемлекеттердің Сыртқы істер министрліктерінің сыртқы саяси жоспарлауы туралы» консультациялар',
    );
    expect(cis.outcomes).toEqual([
      { kind: 'proposal', text: expect.stringContaining('ұсыныстарын енгізді') },
    ]);
    expect(cis.followUps).toEqual([]);
  });

  it('leaves the page noise out', () => {
    for (const p of proposals) {
      for (const noise of ['Басты', 'Басқа жаңалықтар', 'Back to top button']) {
        expect(p.excerpt).not.toContain(noise);
        expect(p.summary).not.toContain(noise);
      }
      // The attribution is the source, not part of the summary.
      expect(p.summary).not.toContain('деп хабарлайды');
    }
  });

  it('counts "next year" from the publication date when it is given', () => {
    const [kzBy] = parsePressRelease(fixture('seed-press-release.txt'), directory, {
      publishedOn: '2021-01-10',
    });
    expect(kzBy?.followUps[0]?.due).toEqual({
      start: '2022-01-01',
      precision: 'year',
      approximate: false,
    });
    expect(kzBy?.source?.publishedOn).toBe('2021-01-10');
  });
});

describe('items in Russian and English', () => {
  it('Russian: declined names, the place, the head, the condition and the publisher', () => {
    const [p, ...rest] = parsePressRelease(fixture('press-release-ru.txt'), directory);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      language: 'ru',
      title:
        'МИД Казахстана и Беларуси провели консультации по вопросам внешнеполитического анализа',
      date: { start: '2021-11-12', precision: 'day', approximate: false },
      status: 'held',
      place: { placeId: MINSK_PLACE_ID, city: 'Минск', countryCode: 'BY' },
      delegations: [
        { partyId: KZ_PARTY_ID, leadBodyId: KZ_FPAD_ID, headPersonId: SHAMISHEV_ID, memberIds: [] },
        { partyId: BY_PARTY_ID, leadBodyId: BY_MIAD_ID, headPersonId: null, memberIds: [] },
      ],
      source: {
        publisher: 'пресс-служба МИД РК',
        publishedOn: '2021-11-13',
        url: '',
        language: 'ru',
      },
    });
    expect(p?.topicIds).toEqual(expect.arrayContaining([PANDEMIC_TOPIC_ID, 'topic-fp-priorities']));
    // Published 13.11.2021 (the date line of the page): "next year" is 2022.
    expect(p?.followUps).toEqual([
      {
        text: expect.stringContaining('договорились'),
        due: { start: '2022-01-01', precision: 'year', approximate: false },
        condition: 'с учётом санитарно-эпидемиологической обстановки',
        place: { placeId: ASTANA_PLACE_ID, city: 'Нур-Султан', countryCode: 'KZ' },
      },
    ]);
    expect(p?.excerpt).not.toMatch(/Главная|Другие новости/);
  });

  it('English: "December 22, 2020", the video format and "… reports"', () => {
    const [p] = parsePressRelease(fixture('press-release-en.txt'), directory);
    expect(p).toMatchObject({
      language: 'en',
      date: { start: '2020-12-22', precision: 'day' },
      format: 'video',
      kind: 'bilateral',
      partyIds: [KZ_PARTY_ID, BY_PARTY_ID],
      place: { placeId: MINSK_PLACE_ID, city: 'Minsk' },
      source: { publisher: 'Kazinform' },
    });
    expect(p?.followUps[0]).toMatchObject({
      due: { start: '2021-01-01', precision: 'year' },
      condition: 'depending on the epidemiological situation',
      place: { placeId: ASTANA_PLACE_ID, city: 'Nur-Sultan' },
    });
    expect(p?.topicIds).toContain(PANDEMIC_TOPIC_ID);
  });

  it('a planned meeting: a date after the item and words of the future', () => {
    const [p] = parsePressRelease(
      'Kazakhstan and Uzbekistan to hold consultations\nConsultations between the Ministries of Foreign Affairs of Kazakhstan and Uzbekistan will be held in Tashkent on 15 March 2022, subject to the epidemiological situation.',
      directory,
      { publishedOn: '2022-01-20' },
    );
    expect(p).toMatchObject({
      status: 'planned',
      date: { start: '2022-03-15', precision: 'day' },
      partyIds: [KZ_PARTY_ID, 'party-uz'],
      condition: 'subject to the epidemiological situation',
      place: { placeId: 'place-tashkent' },
    });
  });
});

describe('declined names', () => {
  it.each([
    ['Встреча с Ерланом Шамишевым и делегацией Беларуси прошла в Минске 3 мая 2021 года.', 'ru'],
    [
      '2021 жылғы 3 мамырда Минскіде Ерлан Шәмішев Беларусь Республикасының делегациясымен кездесті.',
      'kk',
    ],
    ['On 3 May 2021 Erlan Shamishev met a delegation of the Republic of Belarus in Minsk.', 'en'],
  ])('%s', (text, language) => {
    const [p] = parsePressRelease(text, directory);
    expect(p).toMatchObject({
      language,
      date: { start: '2021-05-03' },
      place: { placeId: MINSK_PLACE_ID },
    });
    expect(p?.personIds).toEqual([SHAMISHEV_ID]);
    expect(p?.partyIds).toEqual(expect.arrayContaining([KZ_PARTY_ID, BY_PARTY_ID]));
  });
});

describe('what is not a consultation', () => {
  it('page noise alone, or an empty paste, gives no proposal', () => {
    expect(
      parsePressRelease(
        'Басты\n\nБасқа жаңалықтар\nBack to top button\nГлавная\nДругие новости',
        directory,
      ),
    ).toEqual([]);
    expect(parsePressRelease('   ', directory)).toEqual([]);
  });

  it('names not in the directory are not invented', () => {
    const [p] = parsePressRelease(
      'Weather report\nIt will rain in the capital tomorrow, the sides of the street will be wet.',
      directory,
    );
    expect(p).toBeUndefined();
  });
});
