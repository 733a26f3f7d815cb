import { foldDiacritics } from '@atlas/shared';

const D_WORD = /[\p{L}\p{M}]*[đĐ][\p{L}\p{M}]*/gu;

/**
 * The HTML Pagefind indexes for a page: the page as built, plus the folded spelling of every word with
 * `đ`/`Đ` (`Đống Đa` → `dong da`) in an attribute Pagefind indexes (data-pagefind-index-attrs), so a
 * reader typing without Vietnamese letters finds them. Nothing visible changes; the text is only in
 * the index.
 */
export function withFoldedLetters(html: string): string {
  const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ');
  const words = [...new Set((text.match(D_WORD) ?? []).map((word) => foldDiacritics(word.normalize('NFC'))))];
  if (words.length === 0) return html;
  const folded = `<span data-pagefind-index-attrs="data-folded" data-folded="${words.join(' ')}"></span>`;
  return html.replace(/(<[^>]*\sdata-pagefind-body[^>]*>)/, `$1${folded}`);
}
