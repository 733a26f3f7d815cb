import type { SiteLocale } from '../dates.ts';
import { formatCalendarDate, formatDateTime } from '../dates.ts';
import { SLUG_MAX_LENGTH } from '../slug.ts';

/**
 * What each content rule says when an entry breaks it, in both languages: the CMS answers editors in
 * Vietnamese (with the field's label), the site build logs English. A rule's schema carries only the
 * key (`blank`, `dateOrder`…) and its parameters; the sentence is made here, once.
 */
export type RuleKey = keyof typeof RULE_TEXTS;
export type RuleParams = Record<string, string | number | null | undefined>;

/** A calendar date or a date-time, as an editor reads it: day first, in Vietnam time. */
function readable(value: string | number | null | undefined, locale: SiteLocale): string {
  if (typeof value !== 'string') return String(value ?? '');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatCalendarDate(value, locale);
  return Number.isNaN(Date.parse(value)) ? value : formatDateTime(value, locale);
}

const RULE_TEXTS = {
  missing: { vi: () => 'chưa được nhập', en: () => 'is missing' },
  blank: { vi: () => 'không được để trống (hoặc chỉ có dấu cách)', en: () => 'must not be empty or only spaces' },
  slug: {
    vi: () => 'phải là chữ thường không dấu, số và dấu gạch ngang (ví dụ ha-noi-toulouse)',
    en: () => 'must be a lowercase ASCII slug (a-z, 0-9, hyphens)',
  },
  slugLength: {
    vi: () => `dài quá ${SLUG_MAX_LENGTH} ký tự: hãy rút gọn`,
    en: () => `is longer than ${SLUG_MAX_LENGTH} characters`,
  },
  date: { vi: () => 'phải là một ngày (năm-tháng-ngày)', en: () => 'must be a date (YYYY-MM-DD)' },
  dateTime: { vi: () => 'phải là ngày giờ hợp lệ', en: () => 'must be an ISO date-time' },
  isoCode: { vi: () => 'phải là mã quốc gia ISO gồm hai chữ in hoa (VN, FR…)', en: () => 'must be an ISO 3166-1 alpha-2 code' },
  dateOrder: {
    vi: (p: RuleParams) => `(${readable(p.end, 'vi')}) phải cùng ngày hoặc sau ${String(p.startLabel ?? p.startField)} (${readable(p.start, 'vi')})`,
    en: (p: RuleParams) => `(${readable(p.end, 'en')}) must be on or after ${String(p.startField)} (${readable(p.start, 'en')})`,
  },
  latitude: {
    vi: (p: RuleParams) => `(${String(p.value)}) phải nằm trong khoảng -90 đến 90`,
    en: (p: RuleParams) => `(${String(p.value)}) must be between -90 and 90`,
  },
  longitude: {
    vi: (p: RuleParams) => `(${String(p.value)}) phải nằm trong khoảng -180 đến 180`,
    en: (p: RuleParams) => `(${String(p.value)}) must be between -180 and 180`,
  },
  year: {
    vi: (p: RuleParams) => `(${String(p.value)}) phải là một năm từ ${String(p.min)} đến ${String(p.max)}`,
    en: (p: RuleParams) => `(${String(p.value)}) must be a year between ${String(p.min)} and ${String(p.max)}`,
  },
  undrawable: {
    vi: (p: RuleParams) => `có ký tự mà phông chữ của trang không vẽ được trên ảnh chia sẻ (${String(p.characters)}): hãy bỏ hoặc thay ký tự đó`,
    en: (p: RuleParams) => `has characters the site's fonts cannot draw on the sharing card (${String(p.characters)})`,
  },
  tooLong: {
    vi: (p: RuleParams) => `dài ${String(p.length)} ký tự, quá giới hạn ${String(p.max)} ký tự: hãy rút gọn`,
    en: (p: RuleParams) => `is ${String(p.length)} characters long, over its limit of ${String(p.max)}`,
  },
  control: {
    vi: (p: RuleParams) => `có ký tự điều khiển không nhìn thấy (${String(p.character)}), thường do sao chép: hãy gõ lại đoạn đó`,
    en: (p: RuleParams) => `contains an invisible control character (${String(p.character)})`,
  },
  invalid: { vi: () => 'không hợp lệ', en: () => 'is invalid' },
} satisfies Record<string, Record<SiteLocale, (params: RuleParams) => string>>;

export function isRuleKey(value: string): value is RuleKey {
  return Object.hasOwn(RULE_TEXTS, value);
}

export function ruleText(key: RuleKey, locale: SiteLocale, params: RuleParams = {}): string {
  return RULE_TEXTS[key][locale](params);
}
