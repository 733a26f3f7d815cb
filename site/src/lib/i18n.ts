import { DEFAULT_LOCALE, LOCALES, type SiteLocale } from '@atlas/shared';

/**
 * The site's two languages. Vietnamese lives at the root (`/articles/…`), English under `/en/`
 * (`/en/articles/…`). Every page is one file under `src/pages/[...lang]/` whose `lang` parameter is
 * `undefined` for Vietnamese and `'en'` for English.
 *
 * The rule for an entry with no translation: it has no page in that language and is left out of that
 * language's lists and relation boxes; its other-language page links (language switch, hreflang) only
 * to the translations that exist, and the switch falls back to the section index of the other language.
 */
export type { SiteLocale };
export { LOCALES };

export interface LangParams {
  lang: 'en' | undefined;
}

/** The `[...lang]` parameter of a locale. */
export const langParam = (locale: SiteLocale): LangParams['lang'] => (locale === DEFAULT_LOCALE ? undefined : 'en');

/** The locale of a page from its `[...lang]` parameter. */
export function localeOf(params: Partial<LangParams> | Record<string, string | undefined>): SiteLocale {
  return params.lang === 'en' ? 'en' : 'vi';
}

/** Static paths for a page that exists once per locale. */
export const perLocale = () => LOCALES.map((locale) => ({ params: { lang: langParam(locale) } satisfies LangParams }));

/** A site path in a locale: `localePath('en', 'articles/x/')` → `/en/articles/x/`. */
export function localePath(locale: SiteLocale, path = ''): string {
  const clean = path.replace(/^\/+/, '');
  return locale === DEFAULT_LOCALE ? `/${clean}` : `/${locale}/${clean}`;
}

export const otherLocale = (locale: SiteLocale): SiteLocale => (locale === 'vi' ? 'en' : 'vi');

/** BCP 47 tags for `<html lang>`, hreflang and OpenGraph. */
export const LANGUAGE_TAG = { vi: 'vi', en: 'en' } as const satisfies Record<SiteLocale, string>;
export const OG_LOCALE = { vi: 'vi_VN', en: 'en_GB' } as const satisfies Record<SiteLocale, string>;
export const LANGUAGE_NAME = { vi: 'Tiếng Việt', en: 'English' } as const satisfies Record<SiteLocale, string>;

/** Where the paths of each kind of page live; pages and links take them from here. */
export const paths = {
  home: () => '',
  articles: (page = 1) => (page > 1 ? `articles/page/${page}/` : 'articles/'),
  article: (slug: string) => `articles/${slug}/`,
  category: (slug: string) => `categories/${slug}/`,
  tag: (slug: string) => `tags/${slug}/`,
  partnerships: () => 'partnerships/',
  partnershipFacet: (facet: string, value: string) => `partnerships/${facet}/${value}/`,
  partnership: (slug: string) => `partnerships/${slug}/`,
  delegations: () => 'delegations/',
  delegation: (slug: string) => `delegations/${slug}/`,
  period: (slug: string) => `periods/${slug}/`,
  country: (slug: string) => `countries/${slug}/`,
  field: (slug: string) => `fields/${slug}/`,
  map: () => 'map/',
  statistics: () => 'statistics/',
  search: () => 'search/',
  about: () => 'about/',
  rss: () => 'rss.xml',
} as const;

const vi = {
  siteTagline: 'Hợp tác quốc tế của Thủ đô Hà Nội và các địa phương',
  nav: 'Điều hướng chính',
  skip: 'Bỏ qua, đến nội dung',
  articles: 'Tin bài',
  partnerships: 'Quan hệ đối tác',
  delegations: 'Đoàn ra, đoàn vào',
  map: 'Bản đồ',
  statistics: 'Thống kê',
  search: 'Tìm kiếm',
  about: 'Giới thiệu',
  latest: 'Tin mới nhất',
  allArticles: 'Tất cả tin bài',
  allPartnerships: 'Tất cả quan hệ đối tác',
  atAGlance: 'Quan hệ đối tác trong nháy mắt',
  anniversaries: (year: number) => `Kỷ niệm trong năm ${year}`,
  anniversary: (years: number) => `${years} năm`,
  noAnniversaries: 'Năm nay không có ngày kỷ niệm tròn năm.',
  upcoming: 'Sắp tới',
  mapTitle: 'Bản đồ các địa phương đối tác',
  mapIntro: 'Các địa phương nước ngoài có quan hệ đối tác với Hà Nội và các địa phương Việt Nam. Chọn một điểm để xem quan hệ đối tác.',
  statisticsIntro: 'Số liệu tính từ nội dung đã xuất bản, cập nhật mỗi lần trang được dựng lại.',
  byCountry: 'Quan hệ đối tác theo quốc gia',
  byDecade: 'Quan hệ đối tác theo thập niên thiết lập',
  delegationsPerYear: 'Đoàn ra, đoàn vào theo năm',
  fieldsMostCited: 'Lĩnh vực được nhắc đến nhiều nhất',
  decade: 'Thập niên',
  year: 'Năm',
  field: 'Lĩnh vực',
  count: 'Số lượng',
  partnershipCount: (n: number, countries: number) => `${n} quan hệ đối tác với ${countries} quốc gia`,
  since: (when: string) => `từ ${when}`,
  page: (n: number, of: number) => `Trang ${n}/${of}`,
  previous: 'Trang trước',
  next: 'Trang sau',
  pagination: 'Phân trang',
  category: 'Chuyên mục',
  tags: 'Từ khóa',
  tag: 'Từ khóa',
  source: 'Nguồn',
  relatedArticles: 'Tin bài liên quan',
  otherArticles: 'Các tin bài khác',
  localSide: 'Địa phương Việt Nam',
  partner: 'Đối tác',
  type: 'Hình thức',
  status: 'Tình trạng',
  established: 'Thiết lập',
  fields: 'Lĩnh vực',
  signatories: 'Người ký',
  periods: 'Các giai đoạn hợp tác',
  period: 'Giai đoạn hợp tác',
  timeline: 'Dòng thời gian',
  country: 'Quốc gia',
  countries: 'Quốc gia',
  filterBy: 'Lọc theo',
  all: 'Tất cả',
  dates: 'Thời gian',
  places: 'Địa điểm',
  direction: 'Hình thức',
  leader: 'Trưởng đoàn',
  host: 'Tiếp đoàn',
  members: 'Thành viên',
  fieldsDiscussed: 'Lĩnh vực trao đổi',
  purpose: 'Mục đích',
  outcomes: 'Kết quả',
  instrument: 'Văn kiện',
  signed: 'Ngày ký',
  actionItems: 'Nội dung hợp tác',
  noField: 'Lĩnh vực khác',
  documents: 'Văn bản',
  partnerLocalities: 'Địa phương đối tác',
  byYear: 'Theo năm',
  noEntries: 'Chưa có mục nào.',
  facts: 'Thông tin chính',
  rss: 'RSS',
  notFound: 'Không tìm thấy trang',
  notFoundText: 'Trang bạn tìm không có hoặc đã được chuyển đi.',
  kindArticle: 'Tin bài',
  kindPartnership: 'Quan hệ đối tác',
  kindDelegation: 'Đoàn công tác',
  kind: 'Loại',
  searchIntro: 'Tìm trong tin bài, quan hệ đối tác và đoàn công tác. Gõ có dấu hay không dấu đều được: “ha noi” tìm thấy “Hà Nội”.',
  searchNeedsJs: 'Tìm kiếm cần JavaScript. Bạn vẫn có thể duyệt nội dung theo chuyên mục, quốc gia và lĩnh vực.',
};

type Dictionary = typeof vi;

const en: Dictionary = {
  siteTagline: 'International cooperation of Hà Nội and Vietnamese localities',
  nav: 'Main navigation',
  skip: 'Skip to content',
  articles: 'News',
  partnerships: 'Partnerships',
  delegations: 'Delegations',
  map: 'Map',
  statistics: 'Statistics',
  search: 'Search',
  about: 'About',
  latest: 'Latest news',
  allArticles: 'All news',
  allPartnerships: 'All partnerships',
  atAGlance: 'Partnerships at a glance',
  anniversaries: (year: number) => `Anniversaries in ${year}`,
  anniversary: (years: number) => `${years} years`,
  noAnniversaries: 'No round-number anniversary falls this year.',
  upcoming: 'Coming up',
  mapTitle: 'Map of partner localities',
  mapIntro: 'The localities abroad in partnership with Hà Nội and other Vietnamese localities. Choose a marker to read about the partnership.',
  statisticsIntro: 'Figures computed from the published content, updated on every rebuild.',
  byCountry: 'Partnerships by country',
  byDecade: 'Partnerships by decade established',
  delegationsPerYear: 'Delegations per year',
  fieldsMostCited: 'Fields most cited',
  decade: 'Decade',
  year: 'Year',
  field: 'Field',
  count: 'Count',
  partnershipCount: (n: number, countries: number) => `${n} partnership${n === 1 ? '' : 's'} with ${countries} countr${countries === 1 ? 'y' : 'ies'}`,
  since: (when: string) => `since ${when}`,
  page: (n: number, of: number) => `Page ${n} of ${of}`,
  previous: 'Previous page',
  next: 'Next page',
  pagination: 'Pagination',
  category: 'Section',
  tags: 'Tags',
  tag: 'Tag',
  source: 'Source',
  relatedArticles: 'Related articles',
  otherArticles: 'More news',
  localSide: 'Vietnamese locality',
  partner: 'Partner',
  type: 'Type',
  status: 'Status',
  established: 'Established',
  fields: 'Fields',
  signatories: 'Signatories',
  periods: 'Cooperation periods',
  period: 'Cooperation period',
  timeline: 'Timeline',
  country: 'Country',
  countries: 'Countries',
  filterBy: 'Filter by',
  all: 'All',
  dates: 'Dates',
  places: 'Places',
  direction: 'Direction',
  leader: 'Led by',
  host: 'Hosted by',
  members: 'Members',
  fieldsDiscussed: 'Fields discussed',
  purpose: 'Purpose',
  outcomes: 'Outcomes',
  instrument: 'Instrument',
  signed: 'Signed',
  actionItems: 'Action items',
  noField: 'Other fields',
  documents: 'Documents',
  partnerLocalities: 'Partner localities',
  byYear: 'By year',
  noEntries: 'Nothing here yet.',
  facts: 'Key facts',
  rss: 'RSS',
  notFound: 'Page not found',
  notFoundText: 'The page you are looking for does not exist or has moved.',
  kindArticle: 'Article',
  kindPartnership: 'Partnership',
  kindDelegation: 'Delegation',
  kind: 'Kind',
  searchIntro: 'Search news, partnerships and delegations. Diacritics are optional: “ha noi” finds “Hà Nội”.',
  searchNeedsJs: 'Search needs JavaScript. You can still browse by section, country and field.',
};

const dictionaries: Record<SiteLocale, Dictionary> = { vi, en };

/** The interface strings of a locale. */
export const ui = (locale: SiteLocale): Dictionary => dictionaries[locale];
