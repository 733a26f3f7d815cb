import type { Core, Modules, UID } from '@strapi/strapi';
import { articles } from './data/articles';
import { categories } from './data/categories';
import { countries } from './data/countries';
import { delegations } from './data/delegations';
import { fields } from './data/fields';
import { images } from './data/images';
import { localities } from './data/localities';
import { partnerships } from './data/partnerships';
import { periods } from './data/periods';
import { tags } from './data/tags';
import { drawIllustrations } from './images';
import type { Bilingual, SeedBodyBlock, SeedPerson } from './types';

/**
 * Loads the demo content into an empty database, once. A flag in Strapi's core store marks it done, and
 * a database that already holds articles is never touched, so restarts and real data are safe.
 * Everything is written through the Document Service, so the content rules and i18n apply as they do
 * to an editor's save.
 */
type Locale = 'vi' | 'en';
/** What the Document Service accepts for a type, from the generated schemas (cms/types/generated/). */
type Input<TUid extends UID.Schema> = Modules.Documents.Params.Data.Input<TUid>;
type Ids = Map<string, string>;

/*
 * How the builders below say "no value": Strapi's input types take no `null` for an optional field, so
 * an absent scalar is left `undefined` (the database layer skips it, and no such field has a default:
 * the row holds NULL, as it would for `null`). An absent component is left out entirely: `undefined`
 * there would create an empty component. Relations keep `null`, which their input type allows.
 */

/** Every slugged type requires a slug, which the CMS makes from the title on save (slugs/slug-policy.ts,
 * numbered when taken); an empty one counts as not typed by hand (`isAutomaticSlug`), so it asks for that. */
const SLUG_FROM_TITLE = '';

const FLAG = { type: 'core', name: 'atlas', key: 'demo-content-seeded' } as const;

class Seeder {
  private readonly ids = new Map<UID.ContentType, Ids>();
  /** Keys that exist in English, per type: an English entry links only to English entries. */
  private readonly english = new Map<UID.ContentType, Set<string>>();
  constructor(private readonly strapi: Core.Strapi) {}

  id(uid: UID.ContentType, key: string): string {
    const documentId = this.ids.get(uid)?.get(key);
    if (!documentId) throw new Error(`Demo content: ${uid} "${key}" is referenced but not defined`);
    return documentId;
  }

  /** Relation data for one locale: only targets that exist in that locale. */
  links(uid: UID.ContentType, keys: string[], locale: Locale): string[] {
    return keys.filter((key) => locale === 'vi' || this.english.get(uid)?.has(key)).map((key) => this.id(uid, key));
  }
  link(uid: UID.ContentType, key: string | undefined, locale: Locale): string | null {
    return key ? (this.links(uid, [key], locale)[0] ?? null) : null;
  }

  /** Creates the Vietnamese entry, then its English localisation; publishes both where the type drafts. */
  async put<TUid extends UID.ContentType, T>(uid: TUid, key: string, text: Bilingual<T>, build: (text: T, locale: Locale) => Input<TUid>): Promise<void> {
    const published = this.strapi.getModel(uid).options?.draftAndPublish ? { status: 'published' as const } : {};
    const documents = this.strapi.documents(uid);
    const created = await documents.create({ locale: 'vi', data: build(text.vi, 'vi'), ...published });
    this.ids.set(uid, (this.ids.get(uid) ?? (new Map() as Ids)).set(key, created.documentId));
    if (text.en) {
      await documents.update({ documentId: created.documentId, locale: 'en', data: build(text.en, 'en'), ...published });
      this.english.set(uid, (this.english.get(uid) ?? new Set()).add(key));
    }
  }

  /** Adds data to an entry in every locale it has, keeping it published. */
  async patch<TUid extends UID.ContentType>(uid: TUid, key: string, build: (locale: Locale) => Partial<Input<TUid>>): Promise<void> {
    const locales: Locale[] = this.english.get(uid)?.has(key) ? ['vi', 'en'] : ['vi'];
    for (const locale of locales) {
      await this.strapi.documents(uid).update({ documentId: this.id(uid, key), locale, data: build(locale), status: 'published' });
    }
  }
}

const person = (p: SeedPerson): Input<'cooperation.person'> => ({ name: p.name, office: p.office });

async function uploadIllustrations(strapi: Core.Strapi): Promise<Map<string, number>> {
  const { files, cleanup } = await drawIllustrations(images);
  const uploaded = new Map<string, number>();
  try {
    // Strapi types plugin services as `any`: this is the part of the upload service the seed uses.
    const upload = strapi.plugin('upload').service<{ upload(input: unknown): Promise<Array<{ id: number }>> }>('upload');
    for (const image of images) {
      const file = files.get(image.key);
      if (!file) continue;
      const [saved] = await upload.upload({
        data: { fileInfo: { name: `${image.name}.jpg`, alternativeText: image.name, caption: 'Cooperation Atlas' } },
        files: { filepath: file.filepath, originalFilename: `${image.name}.jpg`, mimetype: 'image/jpeg', size: file.size },
      });
      if (saved) uploaded.set(image.key, saved.id);
    }
  } finally {
    await cleanup();
  }
  return uploaded;
}

export async function seedDemoContent(strapi: Core.Strapi): Promise<void> {
  const store = strapi.store({ type: FLAG.type, name: FLAG.name });
  if (await store.get({ key: FLAG.key })) return;
  if ((await strapi.documents('api::article.article').count({})) > 0) {
    await store.set({ key: FLAG.key, value: { skipped: 'database already had articles' } });
    return;
  }
  const started = Date.now();
  const seed = new Seeder(strapi);
  const imageIds = await uploadIllustrations(strapi);
  const image = (key: string): number => {
    const id = imageIds.get(key);
    if (!id) throw new Error(`Demo content: image "${key}" is referenced but not defined`);
    return id;
  };

  for (const c of countries) await seed.put('api::country.country', c.key, c.name, (name) => ({ name, isoCode: c.isoCode }));
  for (const f of fields) {
    await seed.put('api::cooperation-field.cooperation-field', f.key, { vi: f.name.vi, en: f.name.en }, (name, locale) => ({
      name,
      slug: SLUG_FROM_TITLE,
      description: f.description?.[locale],
    }));
  }
  for (const c of categories) {
    await seed.put('api::category.category', c.key, { vi: c.name.vi, en: c.name.en }, (name, locale) => ({
      name,
      slug: SLUG_FROM_TITLE,
      parent: seed.link('api::category.category', c.parent, locale),
    }));
  }
  for (const t of tags) await seed.put('api::tag.tag', t.key, t.name, (name) => ({ name, slug: SLUG_FROM_TITLE }));
  for (const l of localities) {
    await seed.put('api::locality.locality', l.key, l.name, (name, locale) => ({
      name,
      slug: SLUG_FROM_TITLE,
      level: l.level,
      country: seed.link('api::country.country', l.country, locale),
      latitude: l.latitude,
      longitude: l.longitude,
      wikidataId: l.wikidataId,
    }));
  }
  for (const p of partnerships) {
    await seed.put('api::partnership.partnership', p.key, p.text, (text, locale) => ({
      title: text.title,
      slug: SLUG_FROM_TITLE,
      summary: text.summary,
      body: text.body,
      signatories: (text.signatories ?? []).map(person),
      localSide: seed.link('api::locality.locality', p.localSide, locale),
      partnerLocality: seed.link('api::locality.locality', p.partnerLocality, locale),
      type: p.type,
      level: p.level,
      relationStatus: p.relationStatus,
      establishedYear: p.establishedYear,
      establishedDate: p.establishedDate,
      fields: seed.links('api::cooperation-field.cooperation-field', p.fields, locale),
    }));
  }
  for (const period of periods) {
    await seed.put('api::cooperation-period.cooperation-period', period.key, period.text, (text, locale) => ({
      name: text.name,
      slug: SLUG_FROM_TITLE,
      summary: text.summary,
      signedPlace: text.signedPlace,
      partnership: seed.link('api::partnership.partnership', period.partnership, locale),
      instrument: period.instrument,
      startDate: period.startDate,
      endDate: period.endDate,
      signedDate: period.signedDate,
      fields: seed.links('api::cooperation-field.cooperation-field', period.fields, locale),
      actionItems: period.actionItems.map((item) => ({
        field: seed.link('api::cooperation-field.cooperation-field', item.field, locale),
        progress: item.progress,
        description: item.description[locale] ?? item.description.vi,
      })),
    }));
  }
  for (const d of delegations) {
    await seed.put('api::delegation.delegation', d.key, d.text, (text, locale) => ({
      title: text.title,
      slug: SLUG_FROM_TITLE,
      direction: d.direction,
      leader: person(text.leader),
      members: (text.members ?? []).map(person),
      ...(text.host ? { host: person(text.host) } : {}),
      startDate: d.startDate,
      endDate: d.endDate,
      places: text.places,
      purpose: text.purpose,
      outcomes: text.outcomes,
      fieldsDiscussed: seed.links('api::cooperation-field.cooperation-field', d.fieldsDiscussed, locale),
      partnerships: seed.links('api::partnership.partnership', d.partnerships, locale),
    }));
  }
  const body = (blocks: SeedBodyBlock[]): NonNullable<Input<'api::article.article'>['body']> =>
    blocks.map((block) =>
      block.kind === 'text'
        ? { __component: 'content.rich-text', body: block.markdown }
        : { __component: 'content.figure', image: image(block.image), alt: block.alt, caption: block.caption, credit: block.credit },
    );
  for (const a of articles) {
    await seed.put('api::article.article', a.key, a.text, (text, locale) => ({
      title: text.title,
      slug: SLUG_FROM_TITLE,
      lead: text.lead,
      body: body(text.body),
      cover: image(a.cover),
      coverAlt: text.coverAlt,
      coverCaption: text.coverCaption,
      coverCredit: a.coverCredit,
      source: text.source,
      author: a.author,
      compiled: a.compiled,
      publicationDate: new Date(a.publicationDate).toISOString(),
      category: seed.link('api::category.category', a.category, locale),
      tags: seed.links('api::tag.tag', a.tags, locale),
      partnerships: seed.links('api::partnership.partnership', a.partnerships, locale),
      delegations: seed.links('api::delegation.delegation', a.delegations, locale),
    }));
  }
  // Related articles point at each other, so they can only be linked once all exist.
  for (const a of articles.filter((article) => article.related.length > 0)) {
    await seed.patch('api::article.article', a.key, (locale) => ({
      relatedArticles: seed.links('api::article.article', a.related, locale),
    }));
  }
  await store.set({ key: FLAG.key, value: { at: new Date().toISOString() } });
  strapi.log.info(`[atlas] demo content loaded in ${Date.now() - started} ms`);
}
