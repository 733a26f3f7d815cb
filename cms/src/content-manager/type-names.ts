/**
 * The content types' names in Vietnamese, keyed by the `displayName` of their schema.json. The admin
 * shows them (the content manager uses the display name as a translation id: app.tsx), and the CMS's
 * own messages name an entry's type with them (`Không thể xuất bản Bài viết "…"`).
 */
export const TYPE_NAMES_VI: Readonly<Record<string, string>> = {
  Article: 'Bài viết',
  Category: 'Chuyên mục',
  'Cooperation period': 'Giai đoạn hợp tác',
  Country: 'Quốc gia',
  Delegation: 'Đoàn công tác',
  'Field of cooperation': 'Lĩnh vực hợp tác',
  Locality: 'Địa phương',
  Partnership: 'Quan hệ đối tác',
  Tag: 'Từ khóa',
};

export const typeNameVi = (displayName: string): string => TYPE_NAMES_VI[displayName] ?? displayName;
