/**
 * The admin's language on a browser's first visit. Strapi 5 reads only localStorage
 * `strapi-admin-language` (written when someone picks a language in their profile) and otherwise opens
 * in English, whatever the browser prefers (@strapi/admin StrapiApp.render, reducer.ts). This fills that
 * key once, from the browser's languages, before the admin renders; a choice made in the profile
 * afterwards is kept.
 */
export const ADMIN_LANGUAGES = ['vi', 'en'] as const;
export type AdminLanguage = (typeof ADMIN_LANGUAGES)[number];

/** Strapi's own key (LANGUAGE_LOCAL_STORAGE_KEY in @strapi/admin's reducer). */
export const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';

/** The newsroom's language, for a browser that prefers neither Vietnamese nor English. */
const NEWSROOM_LANGUAGE: AdminLanguage = 'vi';

const isAdminLanguage = (code: string): code is AdminLanguage => (ADMIN_LANGUAGES as readonly string[]).includes(code);

/** The language to store for a first visit, or null when one is stored already. */
export function firstVisitLanguage(stored: string | null, browserLanguages: readonly string[]): AdminLanguage | null {
  if (stored) return null;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isAdminLanguage(base)) return base;
  }
  return NEWSROOM_LANGUAGE;
}

export function rememberBrowserLanguage(storage: Pick<Storage, 'getItem' | 'setItem'>, browserLanguages: readonly string[]): void {
  const language = firstVisitLanguage(storage.getItem(ADMIN_LANGUAGE_KEY), browserLanguages);
  if (language) storage.setItem(ADMIN_LANGUAGE_KEY, language);
}
