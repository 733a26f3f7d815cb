import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { checkCoordinates, checkDateOrder, checkEstablishedYear, toSlug, type FieldError } from '@atlas/shared';

/**
 * Rules a schema.json cannot express, enforced on every write through the Document Service (so the
 * admin, REST and GraphQL all refuse the same bad input). They run before the write: a refused save
 * changes nothing. Each error names the entry and the field.
 */
type Data = Record<string, unknown>;
type DocumentContext = {
  uid: UID.ContentType;
  action: string;
  params: { data?: Data; documentId?: string; locale?: string; status?: string };
};

const PERIOD: UID.ContentType = 'api::cooperation-period.cooperation-period';

const RULES: Partial<Record<string, (entry: Data) => FieldError[]>> = {
  'api::cooperation-period.cooperation-period': (e) => checkDateOrder(str(e.startDate), str(e.endDate)),
  'api::delegation.delegation': (e) => checkDateOrder(str(e.startDate), str(e.endDate)),
  'api::locality.locality': (e) => checkCoordinates(num(e.latitude), num(e.longitude)),
  'api::partnership.partnership': (e) => checkEstablishedYear(num(e.establishedYear)),
};

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
function num(value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  return Number(value);
}

/** True when relation input (documentId, list, or connect/set object) links nothing. */
function relationIsEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    const { connect, set } = value as { connect?: unknown[]; set?: unknown[] };
    if (Array.isArray(set)) return set.length === 0;
    if (Array.isArray(connect)) return connect.length === 0;
  }
  return false;
}

function refuse(strapi: Core.Strapi, uid: UID.ContentType, entry: Data, fieldErrors: FieldError[]): never {
  const model = strapi.getModel(uid);
  const label = String(entry.title ?? entry.name ?? entry.documentId ?? 'new entry');
  const summary = fieldErrors.map((error) => error.message).join('; ');
  throw new errors.ValidationError(`${model.info.displayName} "${label}": ${summary}`, {
    errors: fieldErrors.map((error) => ({ path: [error.field], message: error.message, name: 'ValidationError' })),
  });
}

/**
 * Slugs go through the Vietnamese-aware helper (`Đống Đa` → `dong-da`, never `djong-da`). An entry
 * without one (new, or new in this locale) gets it from its title; an entry that has one keeps it unless
 * a new one is sent, so retitling a published article never moves its URL.
 */
function normaliseSlug(strapi: Core.Strapi, uid: UID.ContentType, data: Data, hasNoSlugYet: boolean): void {
  const slugAttribute = strapi.getModel(uid).attributes.slug;
  if (!slugAttribute || slugAttribute.type !== 'uid') return;
  if (typeof data.slug === 'string' && data.slug) {
    data.slug = toSlug(data.slug);
    return;
  }
  const title = data[slugAttribute.targetField ?? ''];
  if (hasNoSlugYet && typeof title === 'string' && title) data.slug = toSlug(title);
}

async function currentDraft(strapi: Core.Strapi, ctx: DocumentContext): Promise<Data> {
  if (!ctx.params.documentId) return {};
  const found = await strapi
    .documents(ctx.uid)
    .findOne({ documentId: ctx.params.documentId, locale: ctx.params.locale, status: 'draft', populate: ctx.uid === PERIOD ? ['partnership'] : [] });
  return (found ?? {}) as Data;
}

export function registerContentRules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const ctx = context as unknown as DocumentContext;
    if (!ctx.uid.startsWith('api::')) return next();

    if (ctx.action === 'create' || ctx.action === 'update') {
      const data = ctx.params.data ?? {};
      const current = ctx.action === 'update' ? await currentDraft(strapi, ctx) : {};
      // An update that adds a locale (the English version of an entry) has no slug yet in that locale.
      normaliseSlug(strapi, ctx.uid, data, !current.slug);
      const merged = { ...current, ...data };
      const fieldErrors = RULES[ctx.uid]?.(merged) ?? [];
      if (ctx.uid === PERIOD && ctx.params.status === 'published' && relationIsEmpty(merged.partnership)) {
        fieldErrors.push({ field: 'partnership', message: 'partnership is required: a cooperation period belongs to a partnership' });
      }
      if (fieldErrors.length > 0) refuse(strapi, ctx.uid, merged, fieldErrors);
    }

    if (ctx.action === 'publish' && ctx.uid === PERIOD) {
      const draft = await currentDraft(strapi, ctx);
      if (relationIsEmpty(draft.partnership)) {
        refuse(strapi, ctx.uid, draft, [
          { field: 'partnership', message: 'partnership is required: a cooperation period belongs to a partnership' },
        ]);
      }
    }
    return next();
  });
}
