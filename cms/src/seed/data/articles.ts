import type { SeedArticle, SeedBodyBlock } from '../types';

const text = (markdown: string): SeedBodyBlock => ({ kind: 'text', markdown });
const photo = (image: string, alt: string, caption: string): SeedBodyBlock => ({ kind: 'photo', image, alt, caption, credit: 'Cooperation Atlas' });
// A credit is a name, shared by both languages (not localised), so it carries no Vietnamese word.
const CREDIT = 'Cooperation Atlas';

export const articles: SeedArticle[] = [
  {
    key: 'choisy-ambassador-2022',
    cover: 'gates',
    coverCredit: CREDIT,
    author: 'Phan Minh',
    compiled: false,
    publicationDate: '2022-02-18T14:11:00+07:00',
    category: 'bon-phuong-ket-ban',
    tags: ['ket-nghia', 'phap', 'ky-niem', 'hop-tac-phi-tap-trung'],
    partnerships: ['dong-da-choisy-le-roi'],
    delegations: ['choisy-2022'],
    related: ['twinning-50-years', 'conference-2023'],
    text: {
      vi: {
        title: 'Đại sứ Việt Nam làm việc với Thị trưởng Choisy-le-Roi',
        lead: 'Ngày 17/2, tại Tòa thị chính Choisy-le-Roi, Đại sứ Đinh Toàn Thắng và Thị trưởng Tonino Panetta đã trao đổi về Hội nghị hợp tác phi tập trung Việt – Pháp tại Hà Nội và các dịp kỷ niệm quan trọng năm 2023.',
        coverAlt: 'Hình minh họa những mái vòm, gợi nhớ tòa thị chính Choisy-le-Roi',
        coverCaption: 'Tòa thị chính Choisy-le-Roi, nơi diễn ra buổi làm việc.',
        source: 'Cooperation Atlas tổng hợp',
        body: [
          text(
            'Buổi làm việc diễn ra trong không khí thân mật. Thị trưởng Tonino Panetta nhắc lại rằng Choisy-le-Roi là nơi diễn ra các cuộc đàm phán về Hiệp định Paris, từ tháng 5/1968 đến tháng 3/1973, và thành phố luôn tự hào về quan hệ kết nghĩa với quận Đống Đa.',
          ),
          text(
            '## Hướng tới năm 2023\n\nHai bên bàn về việc phối hợp tổ chức các hoạt động nhân 50 năm quan hệ ngoại giao Việt Nam – Pháp, 10 năm quan hệ đối tác chiến lược và 50 năm ký Hiệp định Paris. Đại sứ Đinh Toàn Thắng mời thành phố tham dự Hội nghị hợp tác phi tập trung Việt – Pháp dự kiến tổ chức tại Hà Nội.',
          ),
          photo('gates', 'Hình minh họa cổng vòm', 'Đại sứ Đinh Toàn Thắng và Thị trưởng Tonino Panetta trao quà lưu niệm.'),
          text(
            'Đại sứ cảm ơn Choisy-le-Roi đã giúp quận Đống Đa xây dựng lại trường học và trạm y tế sau chiến tranh, và mong hai địa phương mở rộng giao lưu trong giáo dục và văn hóa.',
          ),
        ],
      },
      en: {
        title: 'Vietnam’s ambassador meets the mayor of Choisy-le-Roi',
        lead: 'On 17 February, at Choisy-le-Roi town hall, Ambassador Đinh Toàn Thắng and Mayor Tonino Panetta discussed the Vietnam – France decentralised cooperation conference in Hanoi and the major anniversaries of 2023.',
        coverAlt: 'Illustration of arches recalling Choisy-le-Roi town hall',
        coverCaption: 'Choisy-le-Roi town hall, where the meeting took place.',
        source: 'Compiled by Cooperation Atlas',
        body: [
          text(
            'The meeting was warm. Mayor Tonino Panetta recalled that Choisy-le-Roi hosted the negotiations of the Paris Peace Accords from May 1968 to March 1973, and that the town is proud of its twinning with Đống Đa district.',
          ),
          text(
            '## Looking to 2023\n\nThey discussed joint events for 50 years of Vietnam – France diplomatic relations, 10 years of strategic partnership and 50 years of the Paris Peace Accords. Ambassador Đinh Toàn Thắng invited the town to the decentralised cooperation conference planned in Hanoi.',
          ),
          photo('gates', 'Illustration of arches', 'Ambassador Đinh Toàn Thắng and Mayor Tonino Panetta exchange gifts.'),
          text(
            'The ambassador thanked Choisy-le-Roi for helping Đống Đa rebuild schools and a clinic after the war, and hoped for more educational and cultural exchanges.',
          ),
        ],
      },
    },
  },
  {
    key: 'twinning-50-years',
    cover: 'school',
    coverCredit: CREDIT,
    author: 'Hạnh Trần',
    compiled: true,
    publicationDate: '2023-03-28T09:30:00+07:00',
    category: 'bon-phuong-ket-ban',
    tags: ['ket-nghia', 'ky-niem', 'phap'],
    partnerships: ['dong-da-choisy-le-roi'],
    delegations: [],
    related: ['choisy-ambassador-2022'],
    text: {
      vi: {
        title: 'Nửa thế kỷ kết nghĩa Đống Đa – Choisy-le-Roi',
        lead: 'Năm 1973, cùng năm Hiệp định Paris được ký kết, quận Đống Đa và thành phố Choisy-le-Roi trở thành hai địa phương kết nghĩa. Năm mươi năm sau, tình cảm ấy vẫn được vun đắp.',
        coverAlt: 'Hình minh họa những ô cửa lớp học',
        coverCaption: 'Trường học là biểu tượng của sự giúp đỡ mà Choisy-le-Roi dành cho Đống Đa.',
        source: 'Cooperation Atlas tổng hợp',
        body: [
          text(
            'Những năm sau chiến tranh, Choisy-le-Roi đã chung tay cùng Đống Đa xây dựng lại trường học và trạm y tế. Nhiều thế hệ học sinh của quận đã học tập trong những ngôi trường ấy.',
          ),
          photo('school', 'Hình minh họa trường học', 'Một góc trường học được xây dựng lại với sự hỗ trợ của Choisy-le-Roi.'),
          text(
            '## Gìn giữ và tiếp nối\n\nQua nhiều nhiệm kỳ lãnh đạo, hai địa phương vẫn duy trì trao đổi đoàn, giao lưu văn hóa và thanh niên. Dịp kỷ niệm 50 năm là cơ hội để nhìn lại chặng đường đã qua và mở ra những dự án mới.',
          ),
        ],
      },
    },
  },
  {
    key: 'conference-2023',
    cover: 'conference',
    coverCredit: CREDIT,
    author: 'P.Ngân',
    compiled: false,
    publicationDate: '2023-04-14T18:05:00+07:00',
    category: 'hop-tac-quoc-te',
    tags: ['hop-tac-phi-tap-trung', 'phap', 'thu-do'],
    partnerships: ['ha-noi-ile-de-france', 'dong-da-choisy-le-roi'],
    delegations: ['conference-2023'],
    related: ['idf-action-programme', 'choisy-ambassador-2022'],
    text: {
      vi: {
        title: 'Khai mạc Hội nghị hợp tác phi tập trung Việt Nam – Pháp lần thứ 12 tại Hà Nội',
        lead: 'Từ ngày 13 đến 16/4/2023, Hà Nội đón các địa phương Pháp và Việt Nam tới dự hội nghị với chủ đề “Hợp tác địa phương – động lực phục hồi và phát triển bền vững toàn diện sau Covid-19”.',
        coverAlt: 'Hình minh họa các khối màu như gian hàng hội nghị',
        coverCaption: 'Khu trưng bày của các địa phương bên lề hội nghị.',
        source: 'Cooperation Atlas',
        body: [
          text('Hội nghị gồm bốn hội thảo chuyên đề: môi trường và nước; đô thị thông minh và chuyển đổi số; văn hóa, di sản và du lịch; thành phố bền vững.'),
          photo('conference', 'Hình minh họa gian hàng', 'Khoảng 100–120 gian hàng quảng bá của các địa phương Việt Nam.'),
          text(
            '## Kết nối các địa phương\n\nBên lề hội nghị, nhiều cặp địa phương đã gặp gỡ, trao đổi kinh nghiệm và bàn những dự án hợp tác mới, trong đó có Hà Nội với vùng Île-de-France và quận Đống Đa với thành phố Choisy-le-Roi.',
          ),
        ],
      },
      en: {
        title: '12th Vietnam – France decentralised cooperation conference opens in Hanoi',
        lead: 'From 13 to 16 April 2023 Hanoi hosted French and Vietnamese localities under the theme “Local cooperation: a driver of recovery and comprehensive sustainable development after Covid-19”.',
        coverAlt: 'Illustration of coloured blocks like conference booths',
        coverCaption: 'The localities’ exhibition on the sidelines of the conference.',
        source: 'Cooperation Atlas',
        body: [
          text('The conference held four workshops: environment and water; smart cities and digitisation; culture, heritage and tourism; sustainable cities.'),
          photo('conference', 'Illustration of booths', 'Some 100–120 promotion booths of Vietnamese localities.'),
          text(
            '## Connecting localities\n\nOn the sidelines many pairs of localities met, shared experience and discussed new projects, among them Hanoi with Île-de-France and Đống Đa with Choisy-le-Roi.',
          ),
        ],
      },
    },
  },
  {
    key: 'idf-action-programme',
    cover: 'blocks',
    coverCredit: CREDIT,
    author: 'Phan Minh',
    compiled: false,
    publicationDate: '2022-03-10T10:20:00+07:00',
    category: 'ha-noi-ngay-nay',
    tags: ['quy-hoach-do-thi', 'phap', 'thu-do'],
    partnerships: ['ha-noi-ile-de-france'],
    delegations: [],
    related: ['idf-heritage-transport'],
    text: {
      vi: {
        title: 'Hà Nội và Île-de-France ký chương trình hành động giai đoạn 2022–2025',
        lead: 'Chương trình hành động mới gồm năm lĩnh vực, tiếp nối thỏa thuận hợp tác 2018–2021 được ký trong chuyến thăm Pháp của Chủ tịch UBND thành phố Hà Nội tháng 6/2018.',
        coverAlt: 'Hình minh họa các ô quy hoạch đô thị',
        coverCaption: 'Quy hoạch đô thị là trụ cột của hợp tác Hà Nội – Île-de-France.',
        body: [
          text(
            'Năm lĩnh vực của chương trình gồm: môi trường và phát triển bền vững; quy hoạch đô thị; phát triển kinh tế; văn hóa, di sản và du lịch; sáng tạo và nghiên cứu.',
          ),
          text(
            '## Tiếp nối hơn ba mươi năm hợp tác\n\nQuan hệ giữa Hà Nội và vùng Île-de-France được thiết lập từ năm 1989. Từ năm 2001, Dự án hợp tác phát triển đô thị (IMV) là đầu mối triển khai nhiều chương trình cụ thể.',
          ),
          photo('blocks', 'Hình minh họa ô phố', 'Các chuyên gia hai bên trao đổi về quy hoạch khu đô thị mới.'),
        ],
      },
      en: {
        title: 'Hanoi and Île-de-France sign a 2022–2025 action programme',
        lead: 'The new action programme covers five fields and follows the 2018–2021 cooperation agreement signed during the Hanoi People’s Committee chairman’s visit to France in June 2018.',
        coverAlt: 'Illustration of urban planning blocks',
        coverCaption: 'Urban planning is the backbone of the Hanoi – Île-de-France cooperation.',
        body: [
          text(
            'The five fields are: environment and sustainable development; urban planning; economic development; culture, heritage and tourism; creativity and research.',
          ),
          text(
            '## Building on thirty years\n\nThe relationship between Hanoi and the Île-de-France region dates from 1989. Since 2001 the urban development cooperation project (IMV) has carried many concrete programmes.',
          ),
          photo('blocks', 'Illustration of city blocks', 'Experts from both sides discuss the planning of new urban areas.'),
        ],
      },
    },
  },
  {
    key: 'idf-heritage-transport',
    cover: 'rails',
    coverCredit: CREDIT,
    author: 'P.Ngân',
    compiled: true,
    publicationDate: '2024-10-05T08:00:00+07:00',
    category: 'ha-noi-ngay-nay',
    tags: ['quy-hoach-do-thi', 'van-hoa', 'phap'],
    partnerships: ['ha-noi-ile-de-france'],
    delegations: [],
    related: ['idf-action-programme', 'conference-2023'],
    text: {
      vi: {
        title: 'Từ Hoàng thành Thăng Long đến điểm trung chuyển Cầu Giấy: dấu ấn hợp tác Hà Nội – Île-de-France',
        lead: 'Nhiều công trình quen thuộc với người Hà Nội hôm nay mang dấu ấn của hợp tác với vùng Île-de-France, từ hồ sơ di sản đến giao thông công cộng.',
        coverAlt: 'Hình minh họa các đường ray chéo',
        coverCaption: 'Giao thông công cộng là một trong những lĩnh vực hợp tác nổi bật.',
        source: 'Cooperation Atlas tổng hợp',
        body: [
          text('## Di sản\n\nHai bên đã phối hợp xây dựng hồ sơ UNESCO cho khu trung tâm Hoàng thành Thăng Long, bảo tồn làng cổ Đường Lâm và khu phố Pháp.'),
          photo('pagoda', 'Hình minh họa mái chùa', 'Bảo tồn di sản là nội dung hợp tác lâu dài.'),
          text(
            '## Giao thông\n\nCác điểm trung chuyển xe buýt Cầu Giấy, Long Biên, Hoàng Quốc Việt, làn xe buýt trên phố Yên Phụ, đầu mối đa phương thức Nhổn và nghiên cứu tiền khả thi tuyến đường sắt đô thị số 3 đều có sự tham gia của chuyên gia Île-de-France.',
          ),
          text('Bên cạnh đó là các dự án cấp nước, vệ sinh môi trường tại Gia Lâm và nhiều khóa đào tạo cho cán bộ thành phố.'),
        ],
      },
    },
  },
  {
    key: 'phnom-penh-talks-2022',
    cover: 'mekong',
    coverCredit: CREDIT,
    author: 'Hạnh Trần',
    compiled: true,
    publicationDate: '2022-06-02T16:40:00+07:00',
    category: 'hop-tac-quoc-te',
    tags: ['campuchia', 'thu-do', 'thanh-nien'],
    partnerships: ['ha-noi-phnom-penh'],
    delegations: ['phnom-penh-2022'],
    related: [],
    text: {
      vi: {
        title: 'Hà Nội và Phnôm Pênh thúc đẩy hợp tác nhân 55 năm quan hệ ngoại giao Việt Nam – Campuchia',
        lead: 'Đoàn đại biểu cấp cao Hà Nội do Bí thư Thành ủy Đinh Tiến Dũng dẫn đầu đã hội đàm với Đô trưởng Thủ đô Phnôm Pênh Khuong Sreng.',
        coverAlt: 'Hình minh họa những con sóng sông Mê Kông',
        coverCaption: 'Dòng Mê Kông nối liền hai quốc gia láng giềng.',
        body: [
          text(
            'Năm 2022 đánh dấu 55 năm thiết lập quan hệ ngoại giao Việt Nam – Campuchia (24/6/1967). Tại buổi hội đàm, hai bên điểm lại những kết quả hợp tác giữa hai Thủ đô trong thời gian qua.',
          ),
          photo('mekong', 'Hình minh họa dòng sông', 'Hai bên trao đổi về hợp tác đầu tư và du lịch.'),
          text(
            '## Bốn hướng ưu tiên\n\n- Đầu tư và du lịch\n- Sinh viên Campuchia học tập tại các trường đại học của Hà Nội\n- Quản lý đô thị\n- Giao lưu thanh niên',
          ),
        ],
      },
    },
  },
  {
    key: 'caracas-twinning-2024',
    cover: 'ceramics',
    coverCredit: CREDIT,
    author: 'Phan Minh',
    compiled: false,
    publicationDate: '2024-06-20T17:15:00+07:00',
    category: 'bon-phuong-ket-ban',
    tags: ['ket-nghia', 'van-hoa', 'thu-do'],
    partnerships: ['ha-noi-caracas'],
    delegations: ['venezuela-2024'],
    related: [],
    text: {
      vi: {
        title: 'Hà Nội và Caracas hướng tới kết nghĩa hai Thủ đô',
        lead: 'Tiếp Đại sứ Venezuela Juan Carlos Fernández Juárez, Chủ tịch UBND thành phố Trần Sỹ Thanh cho biết Hà Nội sẵn sàng cùng Caracas chuẩn bị thiết lập quan hệ kết nghĩa.',
        coverAlt: 'Hình minh họa các mảng màu như tranh gốm',
        coverCaption: 'Không gian tranh gốm Venezuela dự kiến được phục dựng.',
        body: [
          text('Năm 2024 đánh dấu 35 năm quan hệ ngoại giao Việt Nam – Venezuela. Hai bên đã trao đổi về việc kết nghĩa Hà Nội – Caracas.'),
          text(
            '## Những ý tưởng cụ thể\n\nĐại sứ đề xuất đặt tượng bán thân Simón Bolívar tại Hà Nội, phục dựng không gian tranh gốm của Venezuela và tổ chức tuần văn hóa tại mỗi Thủ đô.',
          ),
          photo('ceramics', 'Hình minh họa tranh gốm', 'Tranh gốm là biểu tượng giao lưu văn hóa giữa hai nước.'),
        ],
      },
    },
  },
  {
    key: 'vientiane-delegation-2025',
    cover: 'pagoda',
    coverCredit: CREDIT,
    author: 'P.Ngân',
    compiled: false,
    publicationDate: '2025-09-03T15:30:00+07:00',
    category: 'hop-tac-quoc-te',
    tags: ['lao', 'thu-do'],
    partnerships: ['ha-noi-vientiane'],
    delegations: ['vientiane-2025'],
    related: ['vientiane-memorandum-review'],
    text: {
      vi: {
        title: 'Bí thư Thành ủy Hà Nội tiếp Đoàn đại biểu cấp cao Thủ đô Viêng Chăn',
        lead: 'Chiều 3/9/2025, Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài đã tiếp Đoàn đại biểu cấp cao Thủ đô Viêng Chăn do Bí thư Thành ủy Anouphap Tounalom dẫn đầu.',
        coverAlt: 'Hình minh họa mái tháp',
        coverCaption: 'Quan hệ hai Thủ đô là một phần của mối quan hệ đặc biệt Việt Nam – Lào.',
        body: [
          text(
            'Tại buổi tiếp, hai bên đánh giá cao kết quả thực hiện biên bản ghi nhớ hợp tác giai đoạn 2022–2025 và thống nhất chuẩn bị nội dung cho giai đoạn tiếp theo.',
          ),
          photo('pagoda', 'Hình minh họa mái tháp', 'Hai đoàn chụp ảnh lưu niệm.'),
          text('Các lĩnh vực được quan tâm gồm nông nghiệp, đào tạo nghề, đào tạo cán bộ, giao lưu thanh niên, giáo dục, học bổng và kết nối đường bộ.'),
        ],
      },
      en: {
        title: 'Hanoi Party Secretary receives a high-level delegation from Vientiane',
        lead: 'On the afternoon of 3 September 2025 the Secretary of the Hanoi Party Committee, Bùi Thị Minh Hoài, received a high-level delegation of Vientiane led by its Party Secretary, Anouphap Tounalom.',
        coverAlt: 'Illustration of pagoda roofs',
        coverCaption: 'The tie between the two capitals is part of the special Vietnam – Laos relationship.',
        body: [
          text('Both sides praised the results of the 2022–2025 memorandum of cooperation and agreed to prepare the content of the next period.'),
          photo('pagoda', 'Illustration of pagoda roofs', 'The two delegations pose for a souvenir photo.'),
          text(
            'The fields discussed were agriculture, vocational training, training of officials, youth exchange, education, scholarships and road connections.',
          ),
        ],
      },
    },
  },
  {
    key: 'vientiane-memorandum-review',
    cover: 'rice',
    coverCredit: CREDIT,
    author: 'Hạnh Trần',
    compiled: true,
    publicationDate: '2025-10-12T11:00:00+07:00',
    category: 'hop-tac-quoc-te',
    tags: ['lao', 'thanh-nien'],
    partnerships: ['ha-noi-vientiane'],
    delegations: ['vientiane-2025'],
    related: ['vientiane-delegation-2025', 'nghe-an-vientiane-2025'],
    text: {
      vi: {
        title: 'Nhìn lại bốn năm thực hiện biên bản ghi nhớ Hà Nội – Viêng Chăn',
        lead: 'Giai đoạn 2022–2025 đã khép lại với nhiều kết quả về nông nghiệp, đào tạo và giao lưu thanh niên; hai Thủ đô đang chuẩn bị cho giai đoạn hợp tác mới.',
        coverAlt: 'Hình minh họa cánh đồng lúa',
        coverCaption: 'Nông nghiệp là lĩnh vực hợp tác truyền thống giữa hai Thủ đô.',
        body: [
          text(
            '## Đào tạo là trọng tâm\n\nNhiều lớp bồi dưỡng cán bộ và đào tạo nghề đã được tổ chức; sinh viên Lào tiếp tục nhận học bổng học tập tại Hà Nội.',
          ),
          photo('youth', 'Hình minh họa các vòng tròn màu', 'Giao lưu thanh niên hai Thủ đô.'),
          text('## Giai đoạn mới\n\nViệc sơ kết biên bản ghi nhớ là cơ sở để hai bên xác định các ưu tiên, trong đó có kết nối đường bộ giữa hai Thủ đô.'),
        ],
      },
    },
  },
  {
    key: 'nghe-an-vientiane-2025',
    cover: 'river',
    coverCredit: CREDIT,
    author: 'Phan Minh',
    compiled: false,
    publicationDate: '2025-02-15T09:45:00+07:00',
    category: 'hop-tac-quoc-te',
    tags: ['lao'],
    partnerships: ['nghe-an-vientiane'],
    delegations: [],
    related: ['vientiane-memorandum-review'],
    text: {
      vi: {
        title: 'Nghệ An và Viêng Chăn ký thỏa thuận hợp tác giai đoạn 2025–2028',
        lead: 'Thỏa thuận mới mở ra khuôn khổ hợp tác bốn năm giữa tỉnh Nghệ An và Thủ đô Viêng Chăn, tập trung vào nông nghiệp, giáo dục, giao thông và đầu tư.',
        coverAlt: 'Hình minh họa những con sóng',
        coverCaption: 'Nghệ An và Lào gắn bó bởi đường biên giới dài.',
        body: [
          text('Thỏa thuận giai đoạn 2025–2028 kế thừa quan hệ gắn bó lâu năm giữa Nghệ An và các địa phương của Lào.'),
          text(
            '## Nội dung chính\n\n- Phát triển vùng nguyên liệu nông sản\n- Trao đổi học sinh, sinh viên và giáo viên\n- Xúc tiến đầu tư, thương mại qua biên giới',
          ),
          photo('rice', 'Hình minh họa cánh đồng', 'Nông nghiệp là lĩnh vực được ưu tiên.'),
        ],
      },
    },
  },
];
