import type { ArticleView, LocalityView, PartnershipView } from './catalog.ts';
import { SITE_TITLE } from '../consts.ts';

/**
 * schema.org JSON-LD for search engines and news aggregators. A NewsArticle names its image with the
 * photographer's credit and the partner localities it concerns as places (contentLocation).
 */
export function newsArticleJsonLd(article: ArticleView, url: URL, imageUrl: URL | null, partnerLocalities: LocalityView[]): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lead,
    inLanguage: article.locale,
    datePublished: article.publicationDate,
    dateModified: article.updatedAt,
    mainEntityOfPage: url.toString(),
    author: { '@type': 'Person', name: article.author },
    publisher: { '@type': 'Organization', name: SITE_TITLE },
    ...(article.category ? { articleSection: article.category.name } : {}),
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name).join(', ') } : {}),
    ...(imageUrl
      ? {
          image: {
            '@type': 'ImageObject',
            url: imageUrl.toString(),
            ...(article.coverCaption ? { caption: article.coverCaption } : {}),
            ...(article.coverCredit ? { creditText: article.coverCredit, copyrightNotice: article.coverCredit } : {}),
          },
        }
      : {}),
    ...(partnerLocalities.length > 0 ? { contentLocation: partnerLocalities.map(placeOf) } : {}),
  };
}

function placeOf(locality: LocalityView): Record<string, unknown> {
  return {
    '@type': 'Place',
    name: locality.name,
    ...(locality.country ? { address: { '@type': 'PostalAddress', addressCountry: locality.country.isoCode } } : {}),
    ...(locality.latitude !== null && locality.longitude !== null
      ? { geo: { '@type': 'GeoCoordinates', latitude: locality.latitude, longitude: locality.longitude } }
      : {}),
  };
}

/** schema.org has no type for a twinning; a partnership page is a WebPage about its two places. */
export function partnershipJsonLd(partnership: PartnershipView, url: URL): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    name: partnership.title,
    description: partnership.summary,
    inLanguage: partnership.locale,
    url: url.toString(),
    dateModified: partnership.updatedAt,
    about: [partnership.localSide, partnership.partnerLocality].flatMap((locality) => (locality ? [placeOf(locality)] : [])),
  };
}
