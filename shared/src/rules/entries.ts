import { z } from 'zod';
import { checkCoordinates, checkDateOrder, checkEstablishedYear, type RuleIssue } from '../validation.ts';
import { ACTION_STATUSES, DELEGATION_DIRECTIONS, INSTRUMENTS, LOCALES, LOCALITY_LEVELS, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES } from '../model.ts';
import { SLUG_MAX_LENGTH } from '../slug.ts';
import { DRAWABLE_RANGES } from './drawable.ts';

/**
 * What a published entry must look like: the one set of content rules. The CMS checks a draft against
 * these before it publishes it (cms/src/validation/), and the site build checks every entry it receives
 * against the same schemas before it stores it (site/src/loaders/) — so whatever the build would
 * refuse, the CMS has refused first, naming the field.
 *
 * The shape is the site's: relations are documentIds (same locale), media are `{ url, width, height,
 * alternativeText }`, body blocks carry their GraphQL `__typename`. The CMS maps its documents to this
 * shape (cms/src/validation/as-entry.ts) before checking. Messages are rule keys (rules/messages.ts),
 * turned into sentences by whoever reports them.
 */
const slug = z
  .string('missing')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug')
  .max(SLUG_MAX_LENGTH, 'slugLength');
/** Text a reader must see: not empty, not only spaces (whitespace is trimmed away). */
const text = z.string('missing').trim().min(1, 'blank');
/** The characters of a text (as composed, NFC) that the site's fonts cannot draw. */
export function undrawableCharacters(value: string): string[] {
  const drawable = (cp: number) => DRAWABLE_RANGES.some(([from, to]) => cp >= from && cp <= to);
  return [...new Set([...value.normalize('NFC')].filter((character) => !drawable(character.codePointAt(0) ?? 0)))];
}
/**
 * Text drawn on the sharing card too (a headline, a section or country name): besides not blank, every
 * character must be one the site's fonts draw — satori cannot fall back to another font as a browser
 * does, and a card with boxes for letters is never published.
 */
const drawnText = text.superRefine((value, context) => {
  const characters = undrawableCharacters(value);
  if (characters.length > 0) context.addIssue({ code: 'custom', message: 'undrawable', params: { characters: characters.join(' ') } });
});
const optionalText = z.string().nullable();
const isoDate = z.string('missing').regex(/^\d{4}-\d{2}-\d{2}$/, 'date');
const isoDateTime = z.iso.datetime({ offset: true, error: (issue) => (issue.input === null || issue.input === undefined ? 'missing' : 'dateTime') });
const ids = z.array(z.string().min(1));
/** One of an enumeration's values, as the shared vocabulary (model.ts) and the CMS schema list them. */
function oneOf<V extends Record<string, unknown>>(vocabulary: V) {
  const values = Object.keys(vocabulary) as [keyof V & string, ...Array<keyof V & string>];
  return z.enum(values, { error: (issue) => (issue.input === null || issue.input === undefined ? 'missing' : 'invalid') });
}

const base = {
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  updatedAt: isoDateTime,
};
/** An entry with a page of its own: its address now, and the addresses it had before. */
const addressed = {
  slug,
  /**
   * Slugs the entry was published under before its current one (the CMS keeps them); each keeps
   * answering with a redirect. Written by the CMS only, so one odd value is dropped, not fatal.
   */
  // A JSON field: whatever it holds is read as a list, and only well-formed slugs are kept.
  formerSlugs: z
    .unknown()
    .optional()
    .transform((list) => (Array.isArray(list) ? list : []).filter((former): former is string => slug.safeParse(former).success)),
};

/**
 * Rules across fields (validation.ts), by collection. They hold for every saved version, drafts
 * included, so the CMS runs them on each save as well as at publish; they read the entry defensively
 * because they also run on drafts and on entries whose fields failed their own checks.
 */
type Loose = Record<string, unknown>;
const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const numberOf = (value: unknown): number | null => (typeof value === 'number' ? value : null);

export const CROSS_FIELD_RULES = {
  partnerships: (entry: Loose) => checkEstablishedYear(numberOf(entry.establishedYear)),
  delegations: (entry: Loose) => checkDateOrder(textOf(entry.startDate), textOf(entry.endDate)),
  periods: (entry: Loose) => checkDateOrder(textOf(entry.startDate), textOf(entry.endDate)),
  localities: (entry: Loose) => checkCoordinates(numberOf(entry.latitude), numberOf(entry.longitude)),
} satisfies Record<string, (entry: Loose) => RuleIssue[]>;

/** Adds cross-field rules to a schema, as issues on the field at fault, reported with the others. */
function withRules<T extends z.ZodType>(schema: T, rules: (entry: Loose) => RuleIssue[]) {
  return schema.superRefine(
    (entry, context) => {
      for (const issue of rules(entry as Loose)) context.addIssue({ code: 'custom', path: [issue.field], message: issue.rule, params: issue.params });
    },
    { when: (payload) => typeof payload.value === 'object' && payload.value !== null },
  );
}

export const media = z.object({
  url: z.string().min(1),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  alternativeText: z.string().nullable(),
});
export const person = z.object({ name: text, office: optionalText });

export const bodyBlock = z.discriminatedUnion('__typename', [
  z.object({ __typename: z.literal('ComponentContentRichText'), body: z.string() }),
  z.object({
    __typename: z.literal('ComponentContentFigure'),
    alt: text,
    caption: optionalText,
    credit: optionalText,
    // A photo removed from the media library leaves its block without an image: the page skips it.
    image: media.nullable(),
  }),
]);

export const article = z.object({
  ...base,
  title: drawnText,
  ...addressed,
  lead: text,
  publicationDate: isoDateTime,
  author: text,
  compiled: z.boolean(),
  source: optionalText,
  cover: media,
  coverAlt: text,
  coverCaption: optionalText,
  coverCredit: optionalText,
  body: z.array(bodyBlock),
  category: z.string().nullable(),
  tags: ids,
  partnerships: ids,
  delegations: ids,
  relatedArticles: ids,
});

export const partnership = withRules(
  z.object({
    ...base,
    title: drawnText,
    ...addressed,
    type: oneOf(PARTNERSHIP_TYPES),
    level: oneOf(LOCALITY_LEVELS),
    relationStatus: oneOf(PARTNERSHIP_STATUSES),
    establishedYear: z.number().int().nullable(),
    establishedDate: isoDate.nullable(),
    summary: text,
    body: optionalText,
    signatories: z.array(person),
    localSide: z.string().nullable(),
    partnerLocality: z.string().nullable(),
    fields: ids,
  }),
  CROSS_FIELD_RULES.partnerships,
);

export const delegation = withRules(
  z.object({
    ...base,
    title: text,
    ...addressed,
    direction: oneOf(DELEGATION_DIRECTIONS),
    startDate: isoDate,
    endDate: isoDate.nullable(),
    places: text,
    purpose: text,
    outcomes: optionalText,
    leader: person,
    members: z.array(person),
    host: person.nullable(),
    fieldsDiscussed: ids,
    partnerships: ids,
  }),
  CROSS_FIELD_RULES.delegations,
);

export const period = withRules(
  z.object({
    ...base,
    name: text,
    ...addressed,
    instrument: oneOf(INSTRUMENTS),
    startDate: isoDate,
    endDate: isoDate.nullable(),
    signedDate: isoDate.nullable(),
    signedPlace: optionalText,
    summary: text,
    partnership: z.string().nullable(),
    fields: ids,
    actionItems: z.array(z.object({ description: text, progress: oneOf(ACTION_STATUSES), field: z.string().nullable() })),
    documents: z.array(z.object({ url: z.string().min(1), name: z.string(), ext: z.string().nullable() })),
  }),
  CROSS_FIELD_RULES.periods,
);

export const locality = withRules(
  z.object({
    ...base,
    name: text,
    slug,
    level: oneOf(LOCALITY_LEVELS),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    wikidataId: optionalText,
    country: z.string().nullable(),
  }),
  CROSS_FIELD_RULES.localities,
);

export const country = z.object({ ...base, name: drawnText, isoCode: z.string('missing').regex(/^[A-Z]{2}$/, 'isoCode') });
export const field = z.object({ ...base, name: text, ...addressed, description: optionalText });
export const category = z.object({ ...base, name: drawnText, ...addressed, parent: z.string().nullable() });
export const tag = z.object({ ...base, name: text, ...addressed });
