/**
 * The vocabulary of the content model: the enumerations the CMS schemas declare, with their labels in
 * both site languages. The CMS schemas list the same values; a unit test keeps the two in step.
 */
import type { SiteLocale } from './dates.ts';

export const LOCALES = ['vi', 'en'] as const satisfies readonly SiteLocale[];
export const DEFAULT_LOCALE: SiteLocale = 'vi';

type Labels<K extends string> = Record<K, Record<SiteLocale, string>>;

export const PARTNERSHIP_TYPES = {
  twinning: { vi: 'Kết nghĩa', en: 'Twinning' },
  friendship_cooperation: { vi: 'Hữu nghị hợp tác', en: 'Friendship and cooperation' },
  cooperation_agreement: { vi: 'Thỏa thuận hợp tác', en: 'Cooperation agreement' },
  other: { vi: 'Khác', en: 'Other' },
} as const satisfies Labels<string>;

export const PARTNERSHIP_STATUSES = {
  under_negotiation: { vi: 'Đang đàm phán', en: 'Under negotiation' },
  active: { vi: 'Đang hiệu lực', en: 'Active' },
  suspended: { vi: 'Tạm ngừng', en: 'Suspended' },
  ended: { vi: 'Đã kết thúc', en: 'Ended' },
} as const satisfies Labels<string>;

export const LOCALITY_LEVELS = {
  capital: { vi: 'Thủ đô', en: 'Capital' },
  city: { vi: 'Thành phố', en: 'City' },
  province: { vi: 'Tỉnh', en: 'Province' },
  region: { vi: 'Vùng', en: 'Region' },
  district: { vi: 'Quận, huyện', en: 'District' },
} as const satisfies Labels<string>;

export const DELEGATION_DIRECTIONS = {
  inbound: { vi: 'Đoàn vào', en: 'Inbound' },
  outbound: { vi: 'Đoàn ra', en: 'Outbound' },
} as const satisfies Labels<string>;

export const INSTRUMENTS = {
  agreement: { vi: 'Thỏa thuận hợp tác', en: 'Cooperation agreement' },
  memorandum: { vi: 'Biên bản ghi nhớ', en: 'Memorandum of understanding' },
  action_programme: { vi: 'Chương trình hành động', en: 'Action programme' },
} as const satisfies Labels<string>;

export const ACTION_STATUSES = {
  planned: { vi: 'Dự kiến', en: 'Planned' },
  in_progress: { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
} as const satisfies Labels<string>;

export type PartnershipType = keyof typeof PARTNERSHIP_TYPES;
export type PartnershipStatus = keyof typeof PARTNERSHIP_STATUSES;
export type LocalityLevel = keyof typeof LOCALITY_LEVELS;
export type DelegationDirection = keyof typeof DELEGATION_DIRECTIONS;
export type Instrument = keyof typeof INSTRUMENTS;
export type ActionStatus = keyof typeof ACTION_STATUSES;

/** A label for an enumeration value; an unknown value (a schema ahead of the site) prints as it is. */
export function labelOf(labels: Labels<string>, value: string | null | undefined, locale: SiteLocale): string {
  if (!value) return '';
  return labels[value]?.[locale] ?? value;
}
