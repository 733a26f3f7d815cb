import { createHash } from 'node:crypto';
import { checkEntry, CONTENT_TYPE_UIDS, LOCALES, type EntryKind, type SiteLocale } from '@atlas/shared';
import type { Loader, LoaderContext } from 'astro/loaders';
import { changedPages, completeRelations, existingIds, fromChanges, PAGES_PER_REQUEST } from './collections.ts';
import { EPOCH } from './coordinator.ts';
import { cmsConfig } from '../lib/cms-config.ts';
import type { CollectionDefinition } from './registry.ts';
import { syncSession } from './session.ts';
import { skippedEntries } from './skipped.ts';

/**
 * An Astro content loader for one CMS collection, both locales (entry id `<locale>/<documentId>`).
 *
 * Incremental: it keeps, per locale, the newest `updatedAt` it has seen (but never later than a second
 * before the sync began, so a write still committing while it read is read again next time) and
 * the collection's size, and next time asks only for what changed since. The size tells whether
 * anything was unpublished or deleted: then, and only then, it lists the documentIds that exist and
 * drops the others. A store that lost entries (fewer than the CMS holds) is synced again from scratch.
 *
 * Safe: every entry is checked, once, against the content rules the CMS enforces at publish (shared);
 * one that breaks them is left out with a loud warning naming entry, field and fix (skipped.ts), never
 * stored. What is stored is the checked entry itself: Astro's own parse would only check it again.
 * A collection that shrinks to under half of what the last build saw fails the build unless
 * ATLAS_ALLOW_CONTENT_DROP=1, so a wrong token or a broken CMS never publishes an empty site.
 */
/** Writes stamped this shortly before a sync may still have been committing while it read. */
const IN_FLIGHT_MS = 1000;
/** A site without these, in its first language, is a misconfiguration, never an intended state. */
const REQUIRED = new Set(['articles', 'partnerships']);
/** Below this many entries a halving is ordinary editing, not a symptom. */
const SHRINK_GUARD_MIN = 20;

/**
 * `astro sync` only to generate types (the type check, with no CMS running): ATLAS_TYPES_ONLY=1 loads
 * nothing. Honoured for `astro sync` alone, so it can never produce an empty build.
 */
const typesOnly = process.env.ATLAS_TYPES_ONLY === '1' && process.argv.includes('sync');

export function cmsLoader<K extends EntryKind>(spec: CollectionDefinition<K>): Loader {
  return {
    name: `cms-${spec.key}`,
    load: async (context) => {
      if (typesOnly) return;
      forgetOtherSources(context);
      await Promise.all(LOCALES.map((locale) => syncLocale(spec, context, locale)));
    },
  };
}

/**
 * Cursors are only meaningful for the CMS (and database) that issued them: a store filled from another
 * CMS URL or with another token starts over.
 */
function forgetOtherSources({ store, meta }: LoaderContext): void {
  const config = cmsConfig();
  const source = createHash('sha256').update(`${config.url.origin}\n${config.token}`).digest('hex');
  if (meta.get('source') === source) return;
  store.clear();
  for (const locale of LOCALES) {
    meta.delete(`since:${locale}`);
    meta.delete(`total:${locale}`);
    meta.delete(`skipped:${locale}`);
  }
  meta.set('source', source);
}

async function syncLocale<K extends EntryKind>(spec: CollectionDefinition<K>, context: LoaderContext, locale: SiteLocale, fromScratch = false): Promise<void> {
  const { store, meta, logger } = context;
  const { transport, coordinator } = syncSession();
  const prefix = `${locale}/`;
  const storedIds = () => store.keys().filter((id) => id.startsWith(prefix));
  const cursorKey = `since:${locale}`;
  const totalKey = `total:${locale}`;
  const adminUrl = (documentId: string) =>
    new URL(
      `/admin/content-manager/collection-types/${CONTENT_TYPE_UIDS[spec.key]}/${documentId}?plugins[i18n][locale]=${locale}`,
      transport.origin,
    ).toString();
  const skipped = skippedEntries(context, spec.key, spec.label, locale, adminUrl);
  if (fromScratch) skipped.clear();
  /** Entries the CMS publishes that this build knows of: stored, or left out as invalid. */
  const known = () => storedIds().length + skipped.size;
  const since = fromScratch || storedIds().length === 0 ? EPOCH : (meta.get(cursorKey) ?? EPOCH);
  const syncStarted = Date.now();

  const { page: slice, total } = fromScratch
    ? { page: (await changedPages(spec, transport, locale, since, 1))[0] ?? { pageInfo: { pageCount: 0 }, nodes: [] }, total: Number.NaN }
    : fromChanges(spec.key, await coordinator.changes(locale, spec.key, since));
  guardAgainstShrinking(spec, locale, Number(meta.get(totalKey) ?? 0), total, transport.origin);
  if (REQUIRED.has(spec.key) && locale === 'vi' && total === 0) {
    throw new Error(
      `The CMS at ${transport.origin} publishes no ${spec.label} in Vietnamese: refusing to build an empty site ` +
        '(is CMS_TOKEN the site-build token, and is the content published?)',
    );
  }

  // Pages 2…n, four per request, a few requests at a time (the transport caps concurrency).
  const firsts: number[] = [];
  for (let first = 2; first <= slice.pageInfo.pageCount; first += PAGES_PER_REQUEST) firsts.push(first);
  const more = (await Promise.all(firsts.map((first) => changedPages(spec, transport, locale, since, first)))).flat();
  const nodes = [slice, ...more].flatMap((page) => page.nodes);

  let newest = since;
  for (const raw of nodes) {
    const node = await completeRelations(spec, transport, raw, locale);
    const id = `${prefix}${node.documentId}`;
    if (node.updatedAt && node.updatedAt > newest) newest = node.updatedAt;
    const verdict = checkEntry(spec.key, spec.toData(node, locale));
    if (!verdict.ok) {
      store.delete(id);
      skipped.add(node.documentId, titleOf(node), verdict.problems);
      continue;
    }
    skipped.delete(node.documentId);
    const data = verdict.entry as Record<string, unknown>;
    store.set({ id, data, digest: context.generateDigest(data) });
  }

  if (!fromScratch) {
    const held = known();
    if (held > total) {
      const exists = await existingIds(transport, locale, spec.key);
      const gone = storedIds().filter((id) => !exists.has(id.slice(prefix.length)));
      for (const id of gone) store.delete(id);
      skipped.retain(exists);
      logger.info(`${spec.key} (${locale}): ${gone.length} unpublished or deleted`);
    } else if (held < total) {
      logger.warn(`${spec.key} (${locale}): the store holds ${held} of ${total}; syncing again from scratch`);
      return syncLocale(spec, context, locale, true);
    }
    meta.set(totalKey, String(total));
  } else {
    const fetched = new Set(nodes.map((node) => `${prefix}${node.documentId}`));
    for (const id of storedIds().filter((stored) => !fetched.has(stored))) store.delete(id);
    meta.set(totalKey, String(known()));
  }
  skipped.commit();
  if (REQUIRED.has(spec.key) && locale === 'vi' && storedIds().length === 0) {
    throw new Error(
      `Every ${spec.label} the CMS at ${transport.origin} publishes in Vietnamese breaks the content rules (see the warnings above): refusing to build an empty site`,
    );
  }
  const cursor = newest === EPOCH ? EPOCH : new Date(Math.min(Date.parse(newest), syncStarted - IN_FLIGHT_MS)).toISOString();
  meta.set(cursorKey, since === EPOCH || cursor > since ? cursor : since);
  logger.info(`${spec.key} (${locale}): ${nodes.length} changed, ${storedIds().length} in store, ${skipped.size} left out`);
}

/** How an editor would recognise the entry: its title or name as the CMS sent it. */
function titleOf(node: { title?: unknown; name?: unknown; slug?: unknown }): string {
  const named = node;
  const title = [named.title, named.name, named.slug].find((value): value is string => typeof value === 'string' && value.trim() !== '');
  return title?.trim() ?? '(untitled)';
}

function guardAgainstShrinking(spec: { label: string }, locale: SiteLocale, previous: number, now: number, origin: string): void {
  if (!Number.isFinite(now) || previous < SHRINK_GUARD_MIN || now >= previous / 2) return;
  if (process.env.ATLAS_ALLOW_CONTENT_DROP === '1') return;
  throw new Error(
    `The CMS at ${origin} now publishes ${now} ${spec.label} entries in "${locale}", under half of the ${previous} the last build saw. ` +
      'Refusing to build (is CMS_TOKEN the site-build token? was content unpublished by mistake?). ' +
      'If the drop is intended, build once with ATLAS_ALLOW_CONTENT_DROP=1.',
  );
}
