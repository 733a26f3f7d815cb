import { describe, expect, it } from 'vitest';
import { foldDiacritics, isAutomaticSlug, SLUG_MAX_LENGTH, slugFromTitle, toSlug } from '../src/slug.ts';

describe('toSlug', () => {
  it.each([
    ['Hà Nội – Vientiane', 'ha-noi-vientiane'],
    ['Đống Đa', 'dong-da'],
    ['Đống Đa – Choisy-le-Roi', 'dong-da-choisy-le-roi'],
    ['Nghệ An', 'nghe-an'],
    ['Île-de-France', 'ile-de-france'],
    ['Thủ đô Hà Nội: hữu nghị & hợp tác!', 'thu-do-ha-noi-huu-nghi-hop-tac'],
    ['  Phnôm Pênh  ', 'phnom-penh'],
    ['Chương trình hành động 2022–2025', 'chuong-trinh-hanh-dong-2022-2025'],
    ['', ''],
  ])('%s → %s', (input, slug) => {
    expect(toSlug(input)).toBe(slug);
  });

  // Every Vietnamese vowel with every tone mark, and đ, in both cases.
  const vowels: Record<string, string> = {
    a: 'aàáảãạăằắẳẵặâầấẩẫậ',
    e: 'eèéẻẽẹêềếểễệ',
    i: 'iìíỉĩị',
    o: 'oòóỏõọôồốổỗộơờớởỡợ',
    u: 'uùúủũụưừứửữự',
    y: 'yỳýỷỹỵ',
    d: 'dđ',
  };
  it.each(Object.entries(vowels))('folds every form of %s, lower and upper case', (base, letters) => {
    for (const letter of letters) {
      expect(toSlug(letter)).toBe(base);
      expect(toSlug(letter.toUpperCase())).toBe(base);
    }
  });

  it('is idempotent', () => {
    expect(toSlug(toSlug('Hà Nội – Île-de-France'))).toBe('ha-noi-ile-de-france');
  });
});

describe('foldDiacritics', () => {
  it('lets "ha noi" and "dong da" match Hà Nội and Đống Đa', () => {
    expect(foldDiacritics('Hà Nội')).toBe('ha noi');
    expect(foldDiacritics('Đống Đa')).toBe('dong da');
  });
});

describe('slugFromTitle', () => {
  it('keeps a headline whole when it fits', () => {
    expect(slugFromTitle('Hà Nội và Toulouse ký kết')).toBe('ha-noi-va-toulouse-ky-ket');
  });

  it('cuts a long headline after a whole word, within the limit and the room asked for', () => {
    const title = 'Hà Nội và Viêng Chăn '.repeat(12);
    for (const reserve of [0, 4]) {
      const slug = slugFromTitle(title, reserve);
      expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH - reserve);
      expect(title.length).toBeGreaterThan(SLUG_MAX_LENGTH);
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(toSlug(title).startsWith(slug)).toBe(true);
      expect(toSlug(title)[slug.length]).toBe('-');
    }
  });

  it('cuts a single endless word where it must', () => {
    expect(slugFromTitle('Ả'.repeat(300))).toBe('a'.repeat(SLUG_MAX_LENGTH));
  });
});

describe('isAutomaticSlug', () => {
  it.each([
    ['', 'Hà Nội', true],
    [null, 'Hà Nội', true],
    ['article', '', true],
    ['article-3', 'Hà Nội', true],
    ['ha-noi', 'Hà Nội', true],
    ['ha-noi-2', 'Hà Nội', true],
    ['thu-do', 'Hà Nội', false],
    ['ha-noi-va', 'Hà Nội', false],
  ])('%j for the title %j: %s', (slug, title, automatic) => {
    expect(isAutomaticSlug(slug, title, 'article')).toBe(automatic);
  });

  it('recognises a long title’s cut slug, numbered or not', () => {
    const title = 'Hà Nội và Viêng Chăn '.repeat(12);
    expect(isAutomaticSlug(slugFromTitle(title), title, 'article')).toBe(true);
    expect(isAutomaticSlug(`${slugFromTitle(title, 4)}-2`, title, 'article')).toBe(true);
  });
});
