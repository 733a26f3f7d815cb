import type { Core } from '@strapi/strapi';

/**
 * Vietnamese first, English second. STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE=vi (set by the start script and
 * the tests) makes `vi` the first locale of a new database; this also repairs a database created
 * without it.
 */
const LOCALES = [
  { code: 'vi', name: 'Vietnamese (vi)' },
  { code: 'en', name: 'English (en)' },
] as const;

/** The project's locale codes, for whatever must cover every language (roles' permissions). */
export const LOCALE_CODES: readonly string[] = LOCALES.map((locale) => locale.code);

interface LocaleService {
  find(params?: object): Promise<Array<{ code: string }>>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string>;
  setDefaultLocale(locale: { code: string }): Promise<void>;
}

export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service<LocaleService>('locales');
  const existing = new Set((await locales.find()).map((locale) => locale.code));
  for (const locale of LOCALES) {
    if (!existing.has(locale.code)) await locales.create(locale);
  }
  if ((await locales.getDefaultLocale()) !== 'vi') await locales.setDefaultLocale({ code: 'vi' });
}
