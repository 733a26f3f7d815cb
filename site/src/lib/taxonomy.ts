import type { ArticleView, Catalog, CategoryData } from './catalog.ts';

/** A section's articles: its own and those of its subsections. */
export function articlesInCategory(catalog: Pick<Catalog, 'articles' | 'categories'>, category: Pick<CategoryData, 'documentId'>): ArticleView[] {
  const family = new Set([category.documentId, ...catalog.categories.filter((c) => c.parent === category.documentId).map((c) => c.documentId)]);
  return catalog.articles.filter((article) => article.category && family.has(article.category.documentId));
}

/** A tag's articles. */
export function articlesWithTag(catalog: Pick<Catalog, 'articles'>, tagId: string): ArticleView[] {
  return catalog.articles.filter((article) => article.tags.some((tag) => tag.documentId === tagId));
}
