/**
 * What editors read next to each field of the admin: a Vietnamese label and a one-line description, per
 * content type or component uid, then attribute name. The newsroom works in Vietnamese first, so labels
 * are Vietnamese whatever the admin's language (the content manager stores one label per field).
 *
 * Every attribute of every schema.json and component must be here: a unit test reads the JSON files and
 * fails on a field without texts. The bootstrap (src/bootstrap/content-manager-views.ts) writes them into
 * the content manager's configuration; validation messages name fields with `fieldLabel`.
 */
export interface FieldText {
  label: string;
  description: string;
}

const slugOf = (what: string): FieldText => ({
  label: 'Đường dẫn',
  description: `Phần cuối địa chỉ trang ${what} (không dấu, nối bằng gạch ngang); tạo tự động, chỉ sửa khi cần.`,
});

/** Kept by the CMS (hidden in the edit view): each former address redirects to the page's address now. */
const FORMER_SLUGS: FieldText = {
  label: 'Đường dẫn cũ',
  description: 'Các đường dẫn trước đây của mục; địa chỉ cũ tự chuyển đến trang hiện tại. Hệ thống tự ghi, không sửa tay.',
};

export const FIELD_TEXTS: Readonly<Record<string, Readonly<Record<string, FieldText>>>> = {
  'api::article.article': {
    title: { label: 'Tiêu đề', description: 'Tiêu đề bài, hiện to ở đầu trang bài và trong danh sách tin.' },
    slug: slugOf('bài viết'),
    formerSlugs: FORMER_SLUGS,
    lead: { label: 'Sapo', description: 'Đoạn mở đầu tóm tắt bài, hiện dưới tiêu đề và trong danh sách tin.' },
    body: { label: 'Nội dung', description: 'Các đoạn văn và ảnh của bài, theo thứ tự hiển thị.' },
    cover: { label: 'Ảnh bìa', description: 'Ảnh đại diện của bài, hiện ở đầu trang và khi chia sẻ lên mạng xã hội.' },
    coverAlt: { label: 'Mô tả ảnh bìa', description: 'Tả ngắn nội dung ảnh cho người không xem được ảnh (trình đọc màn hình, máy tìm kiếm).' },
    coverCaption: { label: 'Chú thích ảnh bìa', description: 'Câu chú thích in dưới ảnh bìa.' },
    coverCredit: { label: 'Tác giả ảnh bìa', description: 'Tên tác giả ảnh, hiện sau chữ Ảnh: ở cuối chú thích, ví dụ Nguyễn Thu Hà/TTXVN.' },
    author: { label: 'Tác giả', description: 'Tên hoặc bút danh người viết, ký ở cuối bài, ví dụ Phan Minh.' },
    compiled: { label: 'Bài tổng hợp', description: 'Bật khi bài tổng hợp từ nguồn khác: tên tác giả sẽ kèm (t/h).' },
    source: { label: 'Nguồn', description: 'Nơi lấy tin, in ở cuối bài sau chữ Nguồn:, ví dụ TTXVN.' },
    publicationDate: { label: 'Ngày giờ đăng', description: 'Thời điểm đăng bài, in trên trang bài; tin mới nhất xếp lên đầu theo giờ này.' },
    category: { label: 'Chuyên mục', description: 'Mục của tòa soạn chứa bài, ví dụ Hữu nghị > Bốn phương kết bạn.' },
    tags: { label: 'Từ khóa', description: 'Các từ khóa để độc giả tìm những bài cùng chủ đề.' },
    partnerships: { label: 'Quan hệ đối tác', description: 'Các quan hệ đối tác bài nói đến; bài hiện trên trang của từng quan hệ.' },
    delegations: { label: 'Đoàn công tác', description: 'Các đoàn công tác bài đưa tin; bài hiện trên trang của từng đoàn.' },
    relatedArticles: { label: 'Tin bài liên quan', description: 'Các bài hiện trong ô Tin bài liên quan ở cuối bài.' },
  },
  'api::category.category': {
    name: { label: 'Tên chuyên mục', description: 'Tên mục như độc giả thấy, ví dụ Bốn phương kết bạn.' },
    slug: slugOf('chuyên mục'),
    formerSlugs: FORMER_SLUGS,
    parent: { label: 'Chuyên mục cha', description: 'Mục lớn chứa mục này, ví dụ Hữu nghị; để trống nếu là mục gốc.' },
  },
  'api::cooperation-field.cooperation-field': {
    name: { label: 'Tên lĩnh vực', description: 'Tên lĩnh vực hợp tác, ví dụ Quy hoạch đô thị.' },
    slug: slugOf('lĩnh vực'),
    formerSlugs: FORMER_SLUGS,
    description: { label: 'Giới thiệu', description: 'Vài câu giới thiệu lĩnh vực, in ở đầu trang lĩnh vực.' },
  },
  'api::cooperation-period.cooperation-period': {
    name: { label: 'Tên giai đoạn', description: 'Tên văn kiện và thời kỳ, ví dụ Chương trình hành động 2022–2025.' },
    slug: slugOf('giai đoạn'),
    formerSlugs: FORMER_SLUGS,
    partnership: { label: 'Quan hệ đối tác', description: 'Quan hệ mà văn kiện thuộc về; giai đoạn chỉ xuất bản được khi quan hệ đã xuất bản.' },
    instrument: { label: 'Loại văn kiện', description: 'Thỏa thuận hợp tác, biên bản ghi nhớ hay chương trình hành động.' },
    startDate: { label: 'Ngày bắt đầu', description: 'Ngày văn kiện bắt đầu có hiệu lực.' },
    endDate: { label: 'Ngày kết thúc', description: 'Ngày hết hiệu lực, không trước ngày bắt đầu; để trống nếu chưa định.' },
    signedDate: { label: 'Ngày ký', description: 'Ngày hai bên ký văn kiện.' },
    signedPlace: { label: 'Nơi ký', description: 'Nơi ký văn kiện, ví dụ Paris hoặc Hà Nội.' },
    fields: { label: 'Lĩnh vực hợp tác', description: 'Các lĩnh vực văn kiện đề cập.' },
    actionItems: { label: 'Hạng mục hành động', description: 'Từng cam kết của giai đoạn, với lĩnh vực và tiến độ.' },
    documents: { label: 'Tài liệu', description: 'Bản văn kiện hoặc tài liệu kèm theo (PDF, ảnh) để độc giả tải về.' },
    summary: { label: 'Tóm tắt', description: 'Vài câu nêu mục tiêu và nội dung chính của văn kiện.' },
  },
  'api::country.country': {
    name: { label: 'Tên nước', description: 'Tên quốc gia bằng ngôn ngữ đang nhập, ví dụ Pháp.' },
    isoCode: { label: 'Mã ISO', description: 'Mã quốc gia hai chữ in hoa theo ISO 3166-1, ví dụ FR; dùng trong địa chỉ trang quốc gia.' },
    localities: { label: 'Địa phương', description: 'Các địa phương của nước này.' },
  },
  'api::delegation.delegation': {
    title: { label: 'Tiêu đề', description: 'Tên đoàn và chuyến thăm, in ở đầu trang đoàn, ví dụ Đoàn Viêng Chăn thăm Hà Nội.' },
    slug: slugOf('đoàn'),
    formerSlugs: FORMER_SLUGS,
    direction: { label: 'Chiều đoàn', description: 'Đoàn vào (đối tác đến Việt Nam) hay đoàn ra (ta đi nước ngoài).' },
    leader: { label: 'Trưởng đoàn', description: 'Người dẫn đầu đoàn, kèm chức vụ.' },
    members: { label: 'Thành viên đoàn', description: 'Các thành viên khác của đoàn, mỗi người một mục kèm chức vụ.' },
    host: { label: 'Người tiếp đoàn', description: 'Người đón tiếp hoặc hội đàm với đoàn, kèm chức vụ.' },
    startDate: { label: 'Ngày bắt đầu', description: 'Ngày đầu của chuyến thăm hoặc buổi làm việc.' },
    endDate: { label: 'Ngày kết thúc', description: 'Ngày cuối, không trước ngày bắt đầu; để trống nếu chỉ một ngày.' },
    places: { label: 'Địa điểm', description: 'Nơi diễn ra các buổi làm việc, ví dụ Hà Nội hoặc Tòa thị chính Choisy-le-Roi.' },
    purpose: { label: 'Mục đích', description: 'Mục đích chuyến thăm và những nội dung trao đổi chính.' },
    fieldsDiscussed: { label: 'Lĩnh vực trao đổi', description: 'Các lĩnh vực hợp tác được bàn trong chuyến thăm.' },
    outcomes: { label: 'Kết quả', description: 'Những gì hai bên đã thống nhất hoặc ký kết.' },
    partnerships: { label: 'Quan hệ đối tác', description: 'Các quan hệ đối tác của chuyến thăm; đoàn hiện trên dòng thời gian của từng quan hệ.' },
    articles: { label: 'Bài viết', description: 'Các bài đưa tin về chuyến thăm.' },
  },
  'api::locality.locality': {
    name: { label: 'Tên địa phương', description: 'Tên thành phố, quận, tỉnh hay vùng, ví dụ Hà Nội, Đống Đa, Île-de-France.' },
    slug: slugOf('địa phương'),
    level: { label: 'Cấp địa phương', description: 'Thủ đô, thành phố, tỉnh, vùng hay quận, huyện.' },
    country: { label: 'Quốc gia', description: 'Nước của địa phương.' },
    latitude: { label: 'Vĩ độ', description: 'Vĩ độ từ −90 đến 90, để đặt địa phương lên bản đồ.' },
    longitude: { label: 'Kinh độ', description: 'Kinh độ từ −180 đến 180, để đặt địa phương lên bản đồ.' },
    wikidataId: { label: 'Mã Wikidata', description: 'Mã mục Wikidata của địa phương (chữ Q và các chữ số), ví dụ Q1858 cho Hà Nội.' },
  },
  'api::partnership.partnership': {
    title: { label: 'Tên quan hệ', description: 'Hai địa phương nối bằng gạch ngang dài, ví dụ Hà Nội – Île-de-France.' },
    slug: slugOf('quan hệ đối tác'),
    formerSlugs: FORMER_SLUGS,
    localSide: { label: 'Địa phương Việt Nam', description: 'Địa phương phía Việt Nam trong quan hệ.' },
    partnerLocality: { label: 'Địa phương đối tác', description: 'Địa phương nước ngoài trong quan hệ.' },
    type: { label: 'Loại quan hệ', description: 'Kết nghĩa, hữu nghị hợp tác, thỏa thuận hợp tác hay loại khác; dùng cho bộ lọc.' },
    level: { label: 'Cấp quan hệ', description: 'Cấp hành chính của quan hệ: thủ đô, thành phố, tỉnh, vùng hay quận, huyện.' },
    relationStatus: { label: 'Tình trạng', description: 'Đang đàm phán, đang hiệu lực, tạm ngừng hay đã kết thúc; dùng cho bộ lọc.' },
    establishedYear: { label: 'Năm thiết lập', description: 'Năm bắt đầu quan hệ, không ở tương lai; dùng cho dòng thời gian và ngày kỷ niệm.' },
    establishedDate: { label: 'Ngày thiết lập', description: 'Ngày chính xác bắt đầu quan hệ, nếu biết.' },
    signatories: { label: 'Người ký', description: 'Những người ký văn bản thiết lập quan hệ, kèm chức vụ.' },
    summary: { label: 'Tóm tắt', description: 'Vài câu giới thiệu quan hệ, hiện trong danh sách và ở đầu trang quan hệ.' },
    body: { label: 'Nội dung', description: 'Bài giới thiệu đầy đủ: lịch sử và các hoạt động hợp tác.' },
    fields: { label: 'Lĩnh vực hợp tác', description: 'Các lĩnh vực hai bên hợp tác; dùng cho bộ lọc.' },
    periods: { label: 'Giai đoạn hợp tác', description: 'Các văn kiện theo giai đoạn của quan hệ.' },
    delegations: { label: 'Đoàn công tác', description: 'Các đoàn công tác thuộc quan hệ này.' },
    articles: { label: 'Bài viết', description: 'Các bài nói đến quan hệ này.' },
  },
  'api::tag.tag': {
    name: { label: 'Từ khóa', description: 'Từ khóa như độc giả gõ khi tìm, ví dụ kết nghĩa.' },
    slug: slugOf('từ khóa'),
    formerSlugs: FORMER_SLUGS,
  },
  'content.figure': {
    image: { label: 'Ảnh', description: 'Tệp ảnh chèn vào thân bài.' },
    alt: { label: 'Mô tả ảnh', description: 'Tả ngắn nội dung ảnh cho người không xem được ảnh.' },
    caption: { label: 'Chú thích', description: 'Câu chú thích in dưới ảnh; tên tác giả ảnh nhập ở ô bên cạnh.' },
    credit: { label: 'Tác giả ảnh', description: 'Tên tác giả ảnh, in trong ngoặc sau chú thích: (Ảnh: …).' },
  },
  'content.rich-text': {
    body: { label: 'Đoạn văn', description: 'Các đoạn văn và tiêu đề nhỏ (Markdown: dòng bắt đầu bằng ## là tiêu đề nhỏ).' },
  },
  'cooperation.action-item': {
    field: { label: 'Lĩnh vực', description: 'Lĩnh vực hợp tác của hạng mục.' },
    description: { label: 'Nội dung', description: 'Việc hai bên cam kết làm.' },
    progress: { label: 'Tiến độ', description: 'Dự kiến, đang thực hiện hay đã hoàn thành.' },
  },
  'cooperation.person': {
    name: { label: 'Họ tên', description: 'Họ tên đầy đủ, ví dụ Đinh Tiến Dũng.' },
    office: { label: 'Chức vụ', description: 'Chức vụ lúc đó, ví dụ Bí thư Thành ủy Hà Nội.' },
  },
};

/** The field's Vietnamese label, for messages that name a field; the attribute name when it has none. */
export function fieldLabel(uid: string, field: string): string {
  // Own keys only: a field called `constructor` must not find Object.prototype's.
  const texts = Object.hasOwn(FIELD_TEXTS, uid) ? FIELD_TEXTS[uid] : undefined;
  const text = texts && Object.hasOwn(texts, field) ? texts[field] : undefined;
  return text?.label ?? field;
}
