import { describe, expect, it } from 'vitest';
import { matchesSearch, normalizeForSearch, searchMatcher } from '@/lib/search-text';

describe('normalizeForSearch', () => {
  it('ignores case and diacritics', () => {
    expect(normalizeForSearch('ÉCOLE Müller')).toBe(normalizeForSearch('ecole muller'));
  });

  it('treats ё as е', () => {
    expect(normalizeForSearch('Ёлкин')).toBe(normalizeForSearch('елкин'));
  });

  it('folds the Kazakh letters onto their Russian neighbours', () => {
    expect(normalizeForSearch('Шәмішев')).toBe(normalizeForSearch('Шамишев'));
    expect(normalizeForSearch('Қазақстан')).toBe(normalizeForSearch('Казахстан'));
    expect(normalizeForSearch('Нұр-Сұлтан')).toBe(normalizeForSearch('Нур-Султан'));
    expect(normalizeForSearch('ғұлама өңір үкімет һ')).toBe(normalizeForSearch('гулама онир укимет х'));
  });

  it('lets a Latin spelling find a Cyrillic name', () => {
    expect(normalizeForSearch('Shamishev')).toBe(normalizeForSearch('Шамишев'));
    expect(normalizeForSearch('Kazakhstan')).toBe(normalizeForSearch('Казахстан'));
    expect(normalizeForSearch('Belarus')).toBe(normalizeForSearch('Беларусь'));
    expect(normalizeForSearch('Nur-Sultan')).toBe(normalizeForSearch('Нур-Султан'));
  });

  it('keeps letters and digits as words, one space between, none around', () => {
    expect(normalizeForSearch('  «Нұр-Сұлтан» — 2020\n')).toBe('nur sultan 2020');
    expect(normalizeForSearch('Jana-kezen.kz')).toBe('zhana kezen kz');
    expect(normalizeForSearch('Ассамблея')).toBe(normalizeForSearch('Асамблея'));
    expect(normalizeForSearch('ТМД-ның Атқарушы комитеті')).toBe('tmd nin atkarusi komiteti');
    expect(normalizeForSearch('— … —')).toBe('');
  });

  it('keeps letters of other scripts, and characters beyond the basic plane whole', () => {
    expect(normalizeForSearch('中文 Ωmega')).toBe('中文 ωmega');
    expect(normalizeForSearch('𝒜 😀 b')).toBe('𝒜 b');
  });

  it('keeps different names different', () => {
    expect(normalizeForSearch('Минск')).not.toBe(normalizeForSearch('Москва'));
  });
});

describe('matchesSearch', () => {
  const text = normalizeForSearch('Консультации МИД Казахстана и Беларуси в Нур-Султане');
  it('finds every word of the query anywhere in the text', () => {
    expect(matchesSearch(text, 'беларуси казахстана')).toBe(true);
    expect(matchesSearch(text, 'Нұр-Сұлтан')).toBe(true);
  });
  it('does not match when one word is missing', () => {
    expect(matchesSearch(text, 'беларуси москва')).toBe(false);
  });
});

describe('declined forms', () => {
  it('find the name they decline', () => {
    expect(matchesSearch(normalizeForSearch('Беларусь'), 'Беларуси')).toBe(true);
    expect(matchesSearch(normalizeForSearch('Қазақстан'), 'Қазақстанның')).toBe(true);
    expect(matchesSearch(normalizeForSearch('Минск'), 'Минскіде')).toBe(true);
    expect(matchesSearch(normalizeForSearch('Минск'), 'Москве')).toBe(false);
  });
});

describe('searchMatcher', () => {
  it('tries one query on many texts', () => {
    const matches = searchMatcher('Беларуси Минск');
    const texts = ['Консультации в Минске с Беларусью', 'Консультации в Москве', 'Minsk, Belarus'].map(normalizeForSearch);
    expect(texts.map(matches)).toEqual([true, false, true]);
  });
});

