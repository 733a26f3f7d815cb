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

/** Folds text for accent-insensitive matching: `Hà Nội` and `ha noi` fold to the same string. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, (letter) => (letter === 'đ' ? 'd' : 'D'))
    .toLowerCase();
}
