import type { Core, Schema, UID } from '@strapi/strapi';
import { checkDraft, checkEntry, kindOfUid, type EntryKind, type EntryProblem } from '@atlas/shared';
import { rememberSlugReplacedByPublish, rememberSlugTakenDown, keepsFormerSlugs, withFormer } from '../slugs/former-slugs';
import { settleSlug } from '../slugs/slug-policy';
import { asEntry, populateAll } from './as-entry';
import { inputFormatProblems } from './input-format';
import { refuse } from './refusal';

/**
 * The content rules (shared/src/rules/), enforced by a Document Service middleware so the admin, REST
 * and GraphQL all refuse the same bad input with the entry and the field named:
 *
 * - at publish, the draft must pass the same schema the site build checks every entry against — so
 *   nothing the build would refuse is ever published;
 * - on every save, a draft must keep the rules that hold for any version (an end before its start);
 * - types without draft & publish are live on every save, so every save must pass the whole schema.
 *
 * A save is checked as stored (written, read back deeply populated, mapped to the site's shape by
 * as-entry.ts) inside one transaction, so a refusal rolls the write back: nothing is half-saved, and
 * the rules never have to understand each API's input format. Slugs are settled before the write
 * (slugs/).
 */
type Data = Record<string, unknown>;
interface DocumentParams {
  data?: Data;
  documentId?: string;
  locale?: string | string[];
  status?: string;
  populate?: unknown;
  fields?: unknown;
}
interface DocumentContext {
  uid: UID.ContentType;
  action: string;
  params: DocumentParams;
}
type Middleware = Parameters<Core.Strapi['documents']['use']>[0];
type Next = Parameters<Middleware>[1];
type Result = Awaited<ReturnType<Middleware>>;

/** The content types with draft & publish: only their Document Service has `publish` (generated types). */
type DraftedUid = { [K in UID.ContentType]: Schema.ContentType<K>['options'] extends { draftAndPublish: true } ? K : never }[UID.ContentType];

/** The runtime twin of DraftedUid: the same schema option, read from the registered model. */
const hasDrafts = (strapi: Core.Strapi, uid: UID.ContentType): uid is DraftedUid => Boolean(strapi.getModel(uid).options?.draftAndPublish);

function defaultLocale(strapi: Core.Strapi): Promise<string> {
  return strapi.plugin('i18n').service<{ getDefaultLocale(): Promise<string> }>('locales').getDefaultLocale();
}

/** The locales a publish or unpublish acts on: one, several, or all (`*`). */
async function targetLocales(strapi: Core.Strapi, locale: DocumentParams['locale']): Promise<string[] | null> {
  if (locale === '*') return null;
  if (Array.isArray(locale)) return locale;
  return [locale ?? (await defaultLocale(strapi))];
}

/** A version as stored, in the site's shape. Read below the Document Service, whose reader rules
 * (published-only for API readers) are not meant for the CMS's own checks. */
async function stored(strapi: Core.Strapi, uid: UID.ContentType, documentId: string, locale: string, status: 'draft' | 'published'): Promise<Data | null> {
  const found = (await strapi.db.query(uid).findOne({
    where: { documentId, locale, publishedAt: status === 'draft' ? { $null: true } : { $notNull: true } },
    populate: populateAll(strapi, uid),
  })) as Data | null;
  return found ? asEntry(strapi, uid, found) : null;
}

/** Problems of a version about to go live; a cooperation period must also belong to a partnership. */
function publishProblems(kind: EntryKind, entry: Data): EntryProblem[] {
  const verdict = checkEntry(kind, entry);
  const all = verdict.ok ? [] : verdict.problems;
  // A slug that follows a blank or undrawable title is missing because of it: name the title only.
  const titleAtFault = all.some((problem) => problem.field === 'title' || problem.field === 'name');
  const problems = all.filter((problem) => !(titleAtFault && problem.field === 'slug' && problem.rule === 'missing'));
  // A CMS-only rule, stricter than the site (which shows a period whose partnership was unpublished).
  if (kind === 'periods' && !entry.partnership) problems.push({ field: 'partnership', rule: 'missing', params: {} });
  return problems;
}

async function checkBeforePublish(strapi: Core.Strapi, ctx: DocumentContext, kind: EntryKind): Promise<void> {
  const { documentId } = ctx.params;
  if (!documentId) return;
  const locales = (await targetLocales(strapi, ctx.params.locale)) ?? (await draftLocales(strapi, ctx.uid, documentId));
  for (const locale of locales) {
    const draft = await stored(strapi, ctx.uid, documentId, locale, 'draft');
    if (!draft) continue;
    const problems = publishProblems(kind, draft);
    if (problems.length > 0) refuse(strapi, ctx.uid, draft, problems, 'publish');
  }
}

async function draftLocales(strapi: Core.Strapi, uid: UID.ContentType, documentId: string): Promise<string[]> {
  const rows = (await strapi.db.query(uid).findMany({ where: { documentId, publishedAt: { $null: true } }, select: ['locale'] })) as Array<{ locale: string }>;
  return rows.map((row) => row.locale);
}

/** Create or update: settle the slug, write, then check what was stored; a refusal undoes the write. */
async function save(strapi: Core.Strapi, ctx: DocumentContext, kind: EntryKind, next: Next): Promise<Result> {
  const { uid } = ctx;
  const drafts = hasDrafts(strapi, uid);
  const data = (ctx.params.data ??= {});
  // The list of former addresses is the CMS's own record; no API may write it.
  delete data.formerSlugs;
  const locale = typeof ctx.params.locale === 'string' ? ctx.params.locale : await defaultLocale(strapi);
  const documentId = ctx.action === 'update' ? ctx.params.documentId : undefined;
  const malformed = inputFormatProblems(strapi, uid, data);
  if (malformed.length > 0) refuse(strapi, uid, { ...data, documentId }, malformed, 'save');
  const current = documentId
    ? ((await strapi.db.query(uid).findOne({ where: { documentId, locale, publishedAt: drafts ? { $null: true } : { $notNull: true } } })) as Data | null)
    : null;
  const live = drafts
    ? Boolean(documentId && (await strapi.db.query(uid).findOne({ where: { documentId, locale, publishedAt: { $notNull: true } }, select: ['id'] })))
    : Boolean(current);
  await settleSlug(strapi, { uid, documentId, locale, data, current: current ?? {}, live });
  if (!drafts && current && keepsFormerSlugs(strapi, uid) && current.slug !== data.slug) {
    data.formerSlugs = withFormer(current.formerSlugs, current.slug as string | null, data.slug as string | null);
  }

  const publishing = drafts && ctx.params.status === 'published';
  return strapi.db.transaction(async () => {
    // A save that publishes is a draft save followed by a publish of its own, so the publish runs
    // through this middleware (and the rebuild trigger) exactly as the admin's Publish button does.
    const requested = ctx.params;
    if (publishing) ctx.params = { ...requested, status: 'draft' };
    const saved = await next();
    const savedId = saved && typeof saved === 'object' && 'documentId' in saved ? String(saved.documentId) : null;
    if (!savedId) return saved;
    const entry = await stored(strapi, uid, savedId, locale, drafts ? 'draft' : 'published');
    if (entry) {
      const problems = drafts ? checkDraft(kind, entry) : publishProblems(kind, entry);
      if (problems.length > 0) refuse(strapi, uid, entry, problems, 'save');
    }
    if (!publishing) return saved;
    const published = await strapi.documents(uid).publish({ documentId: savedId, locale, populate: requested.populate, fields: requested.fields });
    return published.entries[0] ?? saved;
  });
}

/**
 * A duplicate ("Duplicate" in the admin) starts as a new draft: its own slug (the title's, numbered
 * while the original holds it) and no former addresses of the original.
 */
async function cloneWithOwnSlug(strapi: Core.Strapi, ctx: DocumentContext, next: Next): Promise<Result> {
  const { uid } = ctx;
  const data = (ctx.params.data ??= {});
  const locale = typeof ctx.params.locale === 'string' ? ctx.params.locale : await defaultLocale(strapi);
  const source = (await strapi.db.query(uid).findOne({ where: { documentId: ctx.params.documentId, locale } })) as Data | null;
  for (const field of ['title', 'name']) if (!(field in data) && source && field in source) data[field] = source[field];
  if (keepsFormerSlugs(strapi, uid)) data.formerSlugs = [];
  if (typeof data.slug !== 'string' || data.slug === source?.slug) delete data.slug;
  await settleSlug(strapi, { uid, locale, data, current: {}, live: false });
  return next();
}

export function registerContentRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    // Every type is checked alike: its params read as plain records, not as one type's Document Service input.
    const ctx = context as DocumentContext;
    const kind = kindOfUid(ctx.uid);
    if (!kind) return next();
    const { documentId } = ctx.params;
    switch (ctx.action) {
      case 'create':
      case 'update':
        return save(strapi, ctx, kind, next);
      case 'publish':
        if (!documentId) return next();
        await checkBeforePublish(strapi, ctx, kind);
        await rememberSlugReplacedByPublish(strapi, ctx.uid, documentId, await targetLocales(strapi, ctx.params.locale));
        return next();
      case 'clone':
        return cloneWithOwnSlug(strapi, ctx, next);
      case 'unpublish':
        if (documentId) await rememberSlugTakenDown(strapi, ctx.uid, documentId, await targetLocales(strapi, ctx.params.locale));
        return next();
      default:
        return next();
    }
  });
}
