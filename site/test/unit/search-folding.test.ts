import { describe, expect, it } from 'vitest';
import { withFoldedLetters } from '../../src/integrations/search-folding.ts';

describe('withFoldedLetters', () => {
  it('adds the folded spelling of đ-words to the indexed body only', () => {
    const html = '<html><head><title>Đống Đa</title><script>const đ = 1</script></head><body><nav>Đoàn</nav><article data-pagefind-body><h1>Kết nghĩa Đống Đa – Choisy</h1><p>Hà Nội đón đoàn</p></article></body></html>';
    const indexed = withFoldedLetters(html);
    expect(indexed).toContain('<article data-pagefind-body><span data-pagefind-index-attrs="data-folded" data-folded="dong da doan don"></span><h1>');
    expect(indexed.replace(/<span data-pagefind-index-attrs[^>]*><\/span>/, '')).toBe(html);
  });

  it('leaves a page without đ alone', () => {
    const html = '<article data-pagefind-body><h1>Hà Nội – Paris</h1></article>';
    expect(withFoldedLetters(html)).toBe(html);
  });

  it('folds decomposed (NFD) input the same way', () => {
    expect(withFoldedLetters('<div data-pagefind-body>Đô\u0302\u0301ng</div>')).toContain('data-folded="dong"');
  });
});
