import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE_TITLE } from '../../consts.ts';
import { loadCatalog } from '../../lib/catalog.ts';
import { localeOf, localePath, paths, perLocale, ui } from '../../lib/i18n.ts';

export const getStaticPaths = perLocale;

/** One feed per language (/rss.xml, /en/rss.xml): the 50 newest articles. */
export async function GET(context: APIContext): Promise<Response> {
  const locale = localeOf(context.params);
  const { articles } = await loadCatalog(locale);
  const site = context.site ?? new URL('http://127.0.0.1:4321');
  return rss({
    title: `${SITE_TITLE} (${locale === 'vi' ? 'Tiếng Việt' : 'English'})`,
    description: ui(locale).siteTagline,
    site: new URL(localePath(locale), site),
    customData: `<language>${locale}</language>`,
    items: articles.slice(0, 50).map((article) => ({
      title: article.title,
      link: localePath(locale, paths.article(article.slug)),
      pubDate: new Date(article.publicationDate),
      description: article.lead,
      ...(article.category ? { categories: [article.category.name] } : {}),
    })),
  });
}
