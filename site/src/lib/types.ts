/**
 * Shapes of the GraphQL answers the site reads (shared/src/graphql/documents.ts).
 * Written by hand for now; the data-pipeline issue replaces them with types generated from the schema.
 */
export interface Media { url: string; width: number | null; height: number | null; alternativeText: string | null }
export interface Person { name: string; office: string | null }
export interface Ref { documentId: string; slug: string }
export interface Named extends Ref { name: string }
export interface Titled extends Ref { title: string }
export interface Country { documentId: string; name: string; isoCode: string }
export interface Locality extends Named { level: string; latitude: number | null; longitude: number | null; country: Country | null }

export type BodyBlock =
  | { __typename: 'ComponentContentRichText'; body: string }
  | { __typename: 'ComponentContentFigure'; alt: string; caption: string | null; credit: string | null; image: Media | null }
  | { __typename: 'Error' };

export interface Article extends Titled {
  locale: string; lead: string; publicationDate: string; updatedAt: string; author: string; compiled: boolean;
  source: string | null; cover: Media | null; coverAlt: string; coverCaption: string | null; coverCredit: string | null;
  body: BodyBlock[]; category: Named | null; tags: Named[];
  partnerships: Titled[]; delegations: Array<Titled & { startDate: string }>;
  relatedArticles: Array<Titled & { publicationDate: string }>;
}

export interface Partnership extends Titled {
  locale: string; type: string; level: string; relationStatus: string; establishedYear: number | null;
  establishedDate: string | null; summary: string; body: string | null; updatedAt: string; signatories: Person[];
  localSide: Locality | null; partnerLocality: Locality | null; fields: Named[];
  periods: Array<Ref & { name: string; instrument: string; startDate: string; endDate: string | null }>;
  delegations: Array<Titled & { startDate: string; endDate: string | null; direction: string }>;
  articles: Array<Titled & { publicationDate: string }>;
}

export interface Delegation extends Titled {
  locale: string; direction: string; startDate: string; endDate: string | null; places: string; purpose: string;
  outcomes: string | null; updatedAt: string; leader: Person | null; members: Person[]; host: Person | null;
  fieldsDiscussed: Named[]; partnerships: Titled[]; articles: Array<Titled & { publicationDate: string }>;
}

export interface CooperationPeriod extends Ref {
  locale: string; name: string; instrument: string; startDate: string; endDate: string | null;
  signedDate: string | null; signedPlace: string | null; summary: string; updatedAt: string;
  partnership: Titled | null; fields: Named[];
  actionItems: Array<{ description: string; progress: string; field: Named | null }>;
  documents: Array<{ url: string; name: string; ext: string | null }>;
}
