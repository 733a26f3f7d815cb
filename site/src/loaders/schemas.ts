import { z } from 'astro/zod';

/**
 * What every entry of the site's content store must look like. The loaders check each entry against
 * these before it is stored: an entry that fails fails the build, naming collection, documentId, locale
 * and field. Relations are kept as documentIds (same locale); site/src/lib/catalog.ts resolves them.
 */
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ASCII slug (a-z, 0-9, hyphens)');
const text = z.string().trim().min(1, 'must not be empty');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date (YYYY-MM-DD)');
const isoDateTime = z.string().datetime({ offset: true, message: 'must be an ISO date-time' });
const ids = z.array(z.string().min(1));

const base = {
  documentId: z.string().min(1),
  locale: z.enum(['vi', 'en']),
  updatedAt: isoDateTime,
};

export const media = z.object({
  url: z.string().min(1),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  alternativeText: z.string().nullable(),
});
export const person = z.object({ name: text, office: z.string().nullable() });

export const bodyBlock = z.discriminatedUnion('__typename', [
  z.object({ __typename: z.literal('ComponentContentRichText'), body: z.string() }),
  z.object({
    __typename: z.literal('ComponentContentFigure'),
    alt: text,
    caption: z.string().nullable(),
    credit: z.string().nullable(),
    image: media.nullable(),
  }),
]);

export const article = z.object({
  ...base,
  title: text,
  slug,
  lead: text,
  publicationDate: isoDateTime,
  author: text,
  compiled: z.boolean(),
  source: z.string().nullable(),
  cover: media,
  coverAlt: text,
  coverCaption: z.string().nullable(),
  coverCredit: z.string().nullable(),
  body: z.array(bodyBlock),
  category: z.string().nullable(),
  tags: ids,
  partnerships: ids,
  delegations: ids,
  relatedArticles: ids,
});

export const partnership = z.object({
  ...base,
  title: text,
  slug,
  type: z.string(),
  level: z.string(),
  relationStatus: z.string(),
  establishedYear: z.number().int().min(1945).nullable(),
  establishedDate: isoDate.nullable(),
  summary: text,
  body: z.string().nullable(),
  signatories: z.array(person),
  localSide: z.string().nullable(),
  partnerLocality: z.string().nullable(),
  fields: ids,
});

export const delegation = z.object({
  ...base,
  title: text,
  slug,
  direction: z.string(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  places: text,
  purpose: text,
  outcomes: z.string().nullable(),
  leader: person,
  members: z.array(person),
  host: person.nullable(),
  fieldsDiscussed: ids,
  partnerships: ids,
});

export const period = z.object({
  ...base,
  name: text,
  slug,
  instrument: z.string(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  signedDate: isoDate.nullable(),
  signedPlace: z.string().nullable(),
  summary: text,
  partnership: z.string().nullable(),
  fields: ids,
  actionItems: z.array(z.object({ description: text, progress: z.string(), field: z.string().nullable() })),
  documents: z.array(z.object({ url: z.string().min(1), name: z.string(), ext: z.string().nullable() })),
});

export const locality = z.object({
  ...base,
  name: text,
  slug,
  level: z.string(),
  latitude: z.number().min(-90).max(90).nullable(),
  longitude: z.number().min(-180).max(180).nullable(),
  wikidataId: z.string().nullable(),
  country: z.string().nullable(),
});

export const country = z.object({ ...base, name: text, isoCode: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code') });
export const field = z.object({ ...base, name: text, slug, description: z.string().nullable() });
export const category = z.object({ ...base, name: text, slug, parent: z.string().nullable() });
export const tag = z.object({ ...base, name: text, slug });
