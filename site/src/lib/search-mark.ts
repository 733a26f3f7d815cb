/**
 * Marks where the folded đ-words start in the text Pagefind indexes (integrations/search-folding.ts).
 * The search page never shows an excerpt taken from them (scripts/search.ts).
 */
export const FOLDED_MARK = '⁂';
