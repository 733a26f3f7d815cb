import { foldDiacritics } from '@atlas/shared/slug';
import { FOLDED_MARK } from '../lib/search-mark.ts';

/**
 * The search page's only script: Pagefind's UI over this language's index (pagefind-ui.js, loaded just
 * before). A search can be linked: /search/?q=ha+noi runs it on arrival. When Pagefind's best excerpt is
 * the list of folded đ-words the index carries (dong da …), the excerpt is rebuilt from the page's own
 * text around the first word that matches, so readers always see Vietnamese as written.
 */
interface PagefindResult {
  excerpt: string;
  content: string;
}
interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare const PagefindUI: new (options: Record<string, unknown>) => PagefindUIInstance;

const WINDOW = 30;
let terms: string[] = [];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function excerptAround(content: string): string {
  const words = (content.split(FOLDED_MARK)[0] ?? '').split(/\s+/).filter(Boolean);
  const matches = (word: string) =>
    terms.some((term) =>
      foldDiacritics(word)
        .replace(/[^\p{L}\p{N}]/gu, '')
        .startsWith(term),
    );
  const first = Math.max(0, words.findIndex(matches));
  const start = Math.max(0, first - Math.floor(WINDOW / 3));
  return words
    .slice(start, start + WINDOW)
    .map((word) => (matches(word) ? `<mark>${escape(word)}</mark>` : escape(word)))
    .join(' ');
}

const element = document.querySelector<HTMLElement>('#search');
if (element) {
  const search = new PagefindUI({
    element: '#search',
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    processTerm: (term: string) => {
      terms = foldDiacritics(term).split(/\s+/).filter(Boolean);
      return term;
    },
    processResult: (result: PagefindResult) => (result.excerpt.includes(FOLDED_MARK) ? { ...result, excerpt: excerptAround(result.content) } : result),
  });
  // Pagefind's input has a placeholder but no label; screen readers need one.
  element.querySelector('input')?.setAttribute('aria-label', element.dataset.label ?? 'Search');
  const query = new URLSearchParams(location.search).get('q');
  if (query) search.triggerSearch(query);
}
