/**
 * The shape of the demo content. Entries refer to each other by `key` (never by database id), so the
 * loader can create them in dependency order and the data files read like a document.
 */
import type { ActionStatus, DelegationDirection, Instrument, LocalityLevel, PartnershipStatus, PartnershipType } from '@atlas/shared';

/** Vietnamese is required; English where a translation exists. */
export interface Bilingual<T> {
  vi: T;
  en?: T;
}

export interface SeedPerson {
  name: string;
  office?: string;
}

export interface SeedCountry {
  key: string;
  isoCode: string;
  name: Required<Bilingual<string>>;
}

export interface SeedLocality {
  key: string;
  name: Required<Bilingual<string>>;
  level: LocalityLevel;
  country: string;
  latitude: number;
  longitude: number;
  wikidataId?: string;
}

export interface SeedNamed {
  key: string;
  name: Required<Bilingual<string>>;
  description?: Required<Bilingual<string>>;
  /** Categories only: the parent section ("Hữu nghị" > "Bốn phương kết bạn"). */
  parent?: string;
}

export interface SeedPartnership {
  key: string;
  localSide: string;
  partnerLocality: string;
  type: PartnershipType;
  level: LocalityLevel;
  relationStatus: PartnershipStatus;
  establishedYear?: number;
  /** YYYY-MM-DD when the exact day is known; otherwise only establishedYear. */
  establishedDate?: string;
  fields: string[];
  text: Bilingual<{ title: string; summary: string; body?: string; signatories?: SeedPerson[] }>;
}

export interface SeedActionItem {
  field?: string;
  progress: ActionStatus;
  description: Bilingual<string>;
}

export interface SeedPeriod {
  key: string;
  partnership: string;
  instrument: Instrument;
  startDate: string;
  endDate?: string;
  signedDate?: string;
  fields: string[];
  actionItems: SeedActionItem[];
  text: Bilingual<{ name: string; summary: string; signedPlace?: string }>;
}

export interface SeedDelegation {
  key: string;
  direction: DelegationDirection;
  startDate: string;
  endDate?: string;
  partnerships: string[];
  fieldsDiscussed: string[];
  text: Bilingual<{
    title: string;
    leader: SeedPerson;
    members?: SeedPerson[];
    host?: SeedPerson;
    places: string;
    purpose: string;
    /** Markdown: documents signed, commitments. */
    outcomes?: string;
  }>;
}

/** A body block: Markdown paragraphs and subheadings, or a photo with its caption and credit. */
export type SeedBodyBlock = { kind: 'text'; markdown: string } | { kind: 'photo'; image: string; alt: string; caption: string; credit: string };

export interface SeedArticle {
  key: string;
  /** Key of an image in data/images.ts. */
  cover: string;
  coverCredit: string;
  author: string;
  /** "t/h": compiled from other sources. */
  compiled: boolean;
  /** ISO date-time with its offset, e.g. 2022-02-18T14:11:00+07:00. */
  publicationDate: string;
  category: string;
  tags: string[];
  partnerships: string[];
  delegations: string[];
  related: string[];
  text: Bilingual<{
    title: string;
    lead: string;
    coverAlt: string;
    coverCaption: string;
    source?: string;
    body: SeedBodyBlock[];
  }>;
}

/** An illustration drawn by the project at seed time (abstract shapes; no third-party photo). */
export interface SeedImage {
  key: string;
  /** Three colours of the drawing, as #rrggbb. */
  palette: [string, string, string];
  motif: 'waves' | 'circles' | 'grid' | 'diagonals' | 'arches';
  /** File name stem in the media library. */
  name: string;
}
