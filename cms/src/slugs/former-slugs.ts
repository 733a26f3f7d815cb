import type { Core, UID } from '@strapi/strapi';

/**
 * Every slug an entry has been live under stays an address of it: the site builds a redirect from each
 * former slug to the current one (site/src/pages/[...lang]/[section]/[former].astro and the host's
 * `_redirects`). The list is kept per language in the entry's hidden `formerSlugs` field, written only
 * here: when a version with another slug goes live (publish), when a live version is taken down
 * (unpublish: its address may come back under another slug), and when an entry without drafts is
 * renamed (it is live on every save).
 */
type Row = { id: number; slug?: string | null; formerSlugs?: unknown; locale?: string | null };

export function keepsFormerSlugs(strapi: Core.Strapi, uid: UID.ContentType): boolean {
  return 'formerSlugs' in strapi.getModel(uid).attributes;
}

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** The former slugs after `previous` stops being the address, with `current` as the address now. */
export function withFormer(list: unknown, previous: string | null | undefined, current: string | null | undefined): string[] {
  const all = [...asList(list), ...(previous ? [previous] : [])];
  return [...new Set(all)].filter((slug) => slug !== current);
}

const sameList = (a: string[], b: unknown) => JSON.stringify(a) === JSON.stringify(asList(b));

async function versions(strapi: Core.Strapi, uid: UID.ContentType, documentId: string, locales: string[] | null, published: boolean): Promise<Row[]> {
  return (await strapi.db.query(uid).findMany({
    where: { documentId, publishedAt: published ? { $notNull: true } : { $null: true }, ...(locales ? { locale: { $in: locales } } : {}) },
    select: ['id', 'slug', 'formerSlugs', 'locale'],
  })) as Row[];
}

/** Before a publish: the draft about to go live remembers the slug of the version it replaces. */
export async function rememberSlugReplacedByPublish(strapi: Core.Strapi, uid: UID.ContentType, documentId: string, locales: string[] | null): Promise<void> {
  if (!keepsFormerSlugs(strapi, uid)) return;
  const [drafts, live] = await Promise.all([versions(strapi, uid, documentId, locales, false), versions(strapi, uid, documentId, locales, true)]);
  for (const draft of drafts) {
    const published = live.find((version) => version.locale === draft.locale);
    const former = withFormer([...asList(draft.formerSlugs), ...asList(published?.formerSlugs)], published?.slug, draft.slug);
    if (!sameList(former, draft.formerSlugs)) await strapi.db.query(uid).update({ where: { id: draft.id }, data: { formerSlugs: former } });
  }
}

/** Before an unpublish: the draft remembers the address that goes down with the published version. */
export async function rememberSlugTakenDown(strapi: Core.Strapi, uid: UID.ContentType, documentId: string, locales: string[] | null): Promise<void> {
  if (!keepsFormerSlugs(strapi, uid)) return;
  const [drafts, live] = await Promise.all([versions(strapi, uid, documentId, locales, false), versions(strapi, uid, documentId, locales, true)]);
  for (const draft of drafts) {
    const published = live.find((version) => version.locale === draft.locale);
    if (!published?.slug) continue;
    // Kept even when the draft still has that slug: the draft may be renamed before it comes back, and
    // the publish drops the slug it goes live under from the list.
    const former = withFormer(draft.formerSlugs, published.slug, null);
    if (!sameList(former, draft.formerSlugs)) await strapi.db.query(uid).update({ where: { id: draft.id }, data: { formerSlugs: former } });
  }
}
