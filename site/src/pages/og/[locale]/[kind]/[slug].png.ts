import type { APIContext } from 'astro';
import { formatCalendarDate, formatDateTime, labelOf, LOCALES, PARTNERSHIP_TYPES, type SiteLocale } from '@atlas/shared';
import { loadCatalog } from '../../../../lib/catalog.ts';
import { ui } from '../../../../lib/i18n.ts';
import { renderOgImage, type OgCard } from '../../../../lib/og-image.ts';

/** The sharing image of every article and partnership in each language: /og/<locale>/<kind>/<slug>.png. */
export async function getStaticPaths() {
  const routes: Array<{ params: { locale: SiteLocale; kind: 'articles' | 'partnerships'; slug: string }; props: { card: OgCard } }> = [];
  for (const locale of LOCALES) {
    const t = ui(locale);
    const { articles, partnerships } = await loadCatalog(locale);
    for (const article of articles) {
      const card: OgCard = {
        locale,
        kicker: article.category?.name ?? t.kindArticle,
        title: article.title,
        footer: formatDateTime(article.publicationDate, locale),
      };
      routes.push({ params: { locale, kind: 'articles', slug: article.slug }, props: { card } });
    }
    for (const p of partnerships) {
      const since = p.establishedDate ? formatCalendarDate(p.establishedDate, locale) : p.establishedYear?.toString();
      const footer = [labelOf(PARTNERSHIP_TYPES, p.type, locale), since && t.since(since)].filter(Boolean).join(' · ');
      const card: OgCard = { locale, kicker: t.kindPartnership, title: p.title, subtitle: p.partnerLocality?.country?.name, footer };
      routes.push({ params: { locale, kind: 'partnerships', slug: p.slug }, props: { card } });
    }
  }
  return routes;
}

export async function GET({ props }: APIContext<{ card: OgCard }>): Promise<Response> {
  const png = await renderOgImage(props.card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
