/** The admin opens in the browser's language when it is Vietnamese or English, and keeps a profile choice. */
import { describe, expect, it } from 'vitest';
import { ADMIN_LANGUAGE_KEY, firstVisitLanguage, rememberBrowserLanguage } from '../../src/admin/admin-language.ts';

describe('admin language on a first visit', () => {
  it('follows a Vietnamese or English browser', () => {
    expect(firstVisitLanguage(null, ['vi-VN', 'vi', 'en-US'])).toBe('vi');
    expect(firstVisitLanguage(null, ['en-US', 'vi'])).toBe('en');
    expect(firstVisitLanguage(null, ['fr-FR', 'en-GB'])).toBe('en');
  });

  it('opens in the newsroom language when the browser prefers neither', () => {
    expect(firstVisitLanguage(null, ['fr-FR'])).toBe('vi');
    expect(firstVisitLanguage(null, [])).toBe('vi');
  });

  it('keeps a language chosen in the profile', () => {
    expect(firstVisitLanguage('en', ['vi-VN'])).toBeNull();
    const storage = new Map<string, string>([[ADMIN_LANGUAGE_KEY, 'en']]);
    const fake = { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value) };
    rememberBrowserLanguage(fake, ['vi-VN']);
    expect(storage.get(ADMIN_LANGUAGE_KEY)).toBe('en');
    storage.clear();
    rememberBrowserLanguage(fake, ['vi-VN']);
    expect(storage.get(ADMIN_LANGUAGE_KEY)).toBe('vi');
  });
});
