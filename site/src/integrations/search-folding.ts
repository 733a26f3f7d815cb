import { foldDiacritics } from '@atlas/shared';
import { FOLDED_MARK } from '../lib/search-mark.ts';

export { FOLDED_MARK };

const D_WORD = /[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu;

/**
 * The HTML Pagefind indexes for a page: the page as built, plus the folded spelling of every word with
 * `đ`/`Đ` (`Đống Đa` → `dong da`) in an attribute Pagefind indexes (data-pagefind-index-attrs), at the
 * end of the indexed element, so a reader typing without Vietnamese letters finds them. The served page
 * does not change; the words are only in the index.
 */
export function withFoldedLetters(html: string): string {
  const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ');
  const words = [...new Set((text.match(D_WORD) ?? []).map((word) => foldDiacritics(word.normalize('NFC'))))];
  const body = /<([a-z][a-z0-9-]*)[^>]*\sdata-pagefind-body[\s>=]/i.exec(html);
  if (words.length === 0 || !body?.[1]) return html;
  const close = html.lastIndexOf(`</${body[1]}>`);
  if (close < body.index) return html;
  const folded = `<span data-pagefind-index-attrs="data-folded" data-folded="${FOLDED_MARK} ${words.join(' ')}"></span>`;
  return `${html.slice(0, close)}${folded}${html.slice(close)}`;
}
