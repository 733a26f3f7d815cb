/**
 * The CMS content type behind each of the site's collections. A collection's key is also the first
 * segment of its pages' paths (`/articles/<slug>/`, `/en/tags/<slug>/`), which the admin shows editors.
 * Kept free of heavier imports: the admin panel's bundle reads it.
 */
export const CONTENT_TYPE_UIDS = {
  articles: 'api::article.article',
  partnerships: 'api::partnership.partnership',
  delegations: 'api::delegation.delegation',
  periods: 'api::cooperation-period.cooperation-period',
  localities: 'api::locality.locality',
  countries: 'api::country.country',
  fields: 'api::cooperation-field.cooperation-field',
  categories: 'api::category.category',
  tags: 'api::tag.tag',
} as const;

export type EntryKind = keyof typeof CONTENT_TYPE_UIDS;

export function kindOfUid(uid: string): EntryKind | undefined {
  return (Object.keys(CONTENT_TYPE_UIDS) as EntryKind[]).find((kind) => CONTENT_TYPE_UIDS[kind] === uid);
}
