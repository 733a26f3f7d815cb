import { describe, expect, it } from 'vitest';
import { FOLDED_MARK, withFoldedLetters } from '../../src/integrations/search-folding.ts';

describe('withFoldedLetters', () => {
  it('adds the folded spelling of đ-words at the end of the indexed element, and nothing else', () => {
    const html =
      '<html><head><title>Đống Đa</title><script>const đ = 1</script></head><body><nav>Đoàn</nav><article data-pagefind-body><h1>Kết nghĩa Đống Đa – Choisy</h1><p>Hà Nội đón đoàn</p></article><footer>x</footer></body></html>';
    const indexed = withFoldedLetters(html);
    expect(indexed).toContain(
      `<p>Hà Nội đón đoàn</p><span data-pagefind-index-attrs="data-folded" data-folded="${FOLDED_MARK} dong da doan don"></span></article><footer>`,
    );
    expect(indexed.replace(/<span data-pagefind-index-attrs[^>]*><\/span>/, '')).toBe(html);
  });

  it('leaves a page without đ, or without an indexed element, alone', () => {
    const plain = '<article data-pagefind-body><h1>Hà Nội – Paris</h1></article>';
    expect(withFoldedLetters(plain)).toBe(plain);
    const notIndexed = '<main><h1>Đống Đa</h1></main>';
    expect(withFoldedLetters(notIndexed)).toBe(notIndexed);
  });

  it('folds decomposed (NFD) input the same way', () => {
    expect(withFoldedLetters('<div data-pagefind-body>Đô\u0302\u0301ng</div>')).toContain(`data-folded="${FOLDED_MARK} dong"`);
  });
});
