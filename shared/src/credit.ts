import type { SiteLocale } from './dates.ts';

/**
 * A photo credit as the newsroom prints it: `Ảnh: Nguyễn Thu Hà/TTXVN` (English: `Photo: …`). Editors
 * may type the name alone or with the prefix; either way it prints once.
 */
export function formatCredit(credit: string | null | undefined, locale: SiteLocale = 'vi'): string {
  const name = (credit ?? '').replace(/^\s*(ảnh|photo)\s*:\s*/iu, '').trim();
  if (!name) return '';
  return `${locale === 'vi' ? 'Ảnh' : 'Photo'}: ${name}`;
}

/** A byline: the author, with `(t/h)` when the article was compiled from other sources. */
export function formatByline(author: string, compiled: boolean): string {
  return compiled ? `${author} (t/h)` : author;
}
