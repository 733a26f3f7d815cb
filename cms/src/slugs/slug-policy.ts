import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isAutomaticSlug, SLUG_NUMBER_ROOM, slugFromTitle, toSlug } from '@atlas/shared';
import { fieldLabel } from '../content-manager/field-texts';
import { entryName } from '../validation/refusal';

/**
 * How an entry's slug is chosen on every save (admin, REST and GraphQL alike):
 *
 * - It follows the title while the editor has not typed one by hand and the entry has never been live:
 *   a save with a new title moves the slug with it. The admin's placeholder (`article`, made from an
 *   empty title when the form opens) counts as "not typed". A slug stops following once the entry is
 *   published (or, for types without drafts, once it exists): a published address may already be
 *   shared, and fixing a typo in a headline must not move it. Changing it by hand still works, and the
 *   old address keeps answering (former-slugs.ts).
 * - A slug typed by hand is kept, made Vietnamese-safe (`Đống Đa` → `dong-da`).
 * - Two entries of a type never share a slug in a language, drafts included: one typed by hand that is
 *   taken is refused at save, naming the entry that has it; one that follows the title gets `-2`, `-3`.
 *
 * Whether a slug "follows" is read from the slug itself (it is the title's slug, perhaps with a number),
 * so no extra state is stored.
 */
type Data = Record<string, unknown>;

export interface SlugSave {
  uid: UID.ContentType;
  /** Absent on create. */
  documentId?: string;
  locale: string;
  /** The incoming data, changed in place. */
  data: Data;
  /** The stored draft of this locale ({} when new). */
  current: Data;
  /** True when this version has been live: published (draft & publish) or simply saved (without). */
  live: boolean;
}

interface SlugAttribute {
  type: string;
  targetField?: string;
}

function slugAttribute(strapi: Core.Strapi, uid: UID.ContentType): SlugAttribute | null {
  const attribute = (strapi.getModel(uid).attributes as Record<string, SlugAttribute>).slug;
  return attribute?.type === 'uid' ? attribute : null;
}

const isAutomatic = (strapi: Core.Strapi, uid: UID.ContentType, slug: unknown, title: unknown) =>
  isAutomaticSlug(slug, title, strapi.getModel(uid).info.singularName);

/** The other document of this type and language that uses the slug (draft or published), if any. */
async function holderOf(strapi: Core.Strapi, save: SlugSave, slug: string): Promise<Data | null> {
  const found: unknown = await strapi.db.query(save.uid).findOne({
    where: { slug, locale: save.locale, ...(save.documentId ? { documentId: { $ne: save.documentId } } : {}) },
  });
  return (found as Data | null) ?? null;
}

async function firstFree(strapi: Core.Strapi, save: SlugSave, title: string): Promise<string> {
  const whole = slugFromTitle(title);
  if (!(await holderOf(strapi, save, whole))) return whole;
  const base = slugFromTitle(title, SLUG_NUMBER_ROOM);
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!(await holderOf(strapi, save, candidate))) return candidate;
  }
}

export async function settleSlug(strapi: Core.Strapi, save: SlugSave): Promise<void> {
  const attribute = slugAttribute(strapi, save.uid);
  if (!attribute) return;
  const { data, current } = save;
  const target = attribute.targetField ?? 'title';
  const title = target in data ? data[target] : current[target];
  const sent = typeof data.slug === 'string' ? data.slug.trim() : undefined;
  const typedByHand = sent !== undefined && sent !== current.slug && !isAutomatic(strapi, save.uid, sent, title);

  if (typedByHand) {
    const slug = toSlug(sent);
    const holder = slug ? await holderOf(strapi, save, slug) : null;
    if (holder) {
      const message =
        `${fieldLabel(save.uid, 'slug')} "${slug}" đã được dùng cho ${entryName(strapi, save.uid, holder)}` + ` (${save.locale}). Hãy chọn đường dẫn khác.`;
      throw new errors.ValidationError(message, { errors: [{ path: ['slug'], message, name: 'ValidationError' }] });
    }
    data.slug = slug || null;
    return;
  }
  const following = !save.live && isAutomatic(strapi, save.uid, current.slug, current[target]);
  if (following || !current.slug) {
    data.slug = typeof title === 'string' && toSlug(title) ? await firstFree(strapi, save, title) : null;
    return;
  }
  data.slug = current.slug;
}
