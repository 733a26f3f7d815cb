/**
 * Vietnamese-safe slugs. Unicode NFD splits every accented letter into a base letter plus combining
 * marks, which are dropped; đ/Đ is a distinct letter (not a mark) and needs its own mapping.
 * `Hà Nội – Vientiane` → `ha-noi-vientiane`, `Đống Đa` → `dong-da`.
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function toSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The longest slug: a URL path segment is also a folder name in the built site, and file systems stop
 * at 255 bytes; 120 characters keep every Vietnamese headline's slug readable (the longest in the demo
 * content has 93).
 */
export const SLUG_MAX_LENGTH = 120;

/** The slug of a title, cut after a whole word to fit `SLUG_MAX_LENGTH - reserve` (room for `-2`…). */
export function slugFromTitle(title: string, reserve = 0): string {
  const slug = toSlug(title);
  const max = SLUG_MAX_LENGTH - reserve;
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastBreak = cut.lastIndexOf('-');
  return (lastBreak > 0 ? cut.slice(0, lastBreak) : slug.slice(0, max)).replace(/-+$/, '');
}

/** Folds text for accent-insensitive matching: `Hà Nội` and `ha noi` fold to the same string. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, (letter) => (letter === 'đ' ? 'd' : 'D'))
    .toLowerCase();
}

/** Room kept at the end of a long slug for a number (`-2` … `-999`). */
export const SLUG_NUMBER_ROOM = 4;

/**
 * Whether a slug was made from this title rather than typed (perhaps numbered, `-2`), or is the
 * admin's placeholder made from no title at all (the content type's name, `article`). Such a slug still
 * follows its title; the CMS and the admin's edit view both ask this.
 */
export function isAutomaticSlug(slug: unknown, title: unknown, placeholder: string): boolean {
  if (slug === null || slug === undefined || slug === '') return true;
  if (typeof slug !== 'string') return false;
  const bases = [placeholder, ...(typeof title === 'string' ? [toSlug(title), slugFromTitle(title), slugFromTitle(title, SLUG_NUMBER_ROOM)] : [])];
  return bases.some((base) => base !== '' && (slug === base || new RegExp(`^${base}-\\d+$`).test(slug)));
}
