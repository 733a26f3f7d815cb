import type { SeedPeriod } from '../types';

export const periods: SeedPeriod[] = [
  {
    key: 'imv-2001',
    partnership: 'ha-noi-ile-de-france',
    instrument: 'agreement',
    startDate: '2001-01-01',
    fields: ['urban-planning', 'transport', 'culture-heritage-tourism', 'water-sanitation', 'training-officials'],
    actionItems: [
      {
        field: 'urban-planning',
        progress: 'done',
        description: {
          vi: 'Hỗ trợ lập quy hoạch vùng Thủ đô Hà Nội và quy hoạch đô thị Hòa Lạc',
          en: 'Support for the Hanoi capital region master plan and the Hòa Lạc urban plan',
        },
      },
      {
        field: 'culture-heritage-tourism',
        progress: 'done',
        description: {
          vi: 'Hồ sơ UNESCO khu trung tâm Hoàng thành Thăng Long; bảo tồn làng cổ Đường Lâm và khu phố Pháp',
          en: 'UNESCO file for the central sector of the Thăng Long imperial citadel; conservation of Đường Lâm village and the French quarter',
        },
      },
      {
        field: 'transport',
        progress: 'done',
        description: {
          vi: 'Điểm trung chuyển xe buýt Cầu Giấy, Long Biên, Hoàng Quốc Việt và làn xe buýt phố Yên Phụ',
          en: 'Bus interchanges at Cầu Giấy, Long Biên, Hoàng Quốc Việt and the Yên Phụ street bus lane',
        },
      },
      {
        field: 'water-sanitation',
        progress: 'done',
        description: { vi: 'Cấp nước và vệ sinh môi trường tại Gia Lâm', en: 'Water supply and sanitation in Gia Lâm' },
      },
      { field: 'training-officials', progress: 'done', description: { vi: 'Các khóa đào tạo cho cán bộ thành phố', en: 'Training courses for city staff' } },
    ],
    text: {
      vi: {
        name: 'Dự án hợp tác phát triển đô thị Hà Nội – Île-de-France (IMV)',
        summary: 'Thành lập năm 2001, IMV là đầu mối kỹ thuật của hợp tác hai bên về quy hoạch, giao thông, di sản và đào tạo.',
      },
      en: {
        name: 'Hanoi – Île-de-France urban development cooperation project (IMV)',
        summary: 'Set up in 2001, IMV is the technical hub of the cooperation on planning, transport, heritage and training.',
      },
    },
  },
  {
    key: 'idf-2018-2021',
    partnership: 'ha-noi-ile-de-france',
    instrument: 'agreement',
    startDate: '2018-06-01',
    endDate: '2021-12-31',
    fields: ['urban-planning', 'transport', 'environment'],
    actionItems: [
      {
        field: 'transport',
        progress: 'done',
        description: { vi: 'Nghiên cứu tiền khả thi tuyến đường sắt đô thị số 3', en: 'Pre-study for urban railway line 3' },
      },
      { field: 'transport', progress: 'in_progress', description: { vi: 'Đầu mối giao thông đa phương thức Nhổn', en: 'The Nhổn multimodal interchange' } },
      {
        field: 'urban-planning',
        progress: 'done',
        description: {
          vi: 'Hỗ trợ triển khai quy hoạch chung Thủ đô đến năm 2030, tầm nhìn 2050',
          en: 'Support for the general plan of Hanoi to 2030 with a vision to 2050',
        },
      },
    ],
    text: {
      vi: {
        name: 'Thỏa thuận hợp tác Hà Nội – Île-de-France giai đoạn 2018–2021',
        summary: 'Ký tháng 6/2018 trong chuyến thăm Pháp của Chủ tịch UBND thành phố Hà Nội.',
        signedPlace: 'Pháp',
      },
      en: {
        name: 'Hanoi – Île-de-France cooperation agreement 2018–2021',
        summary: 'Signed in June 2018 during a visit to France by the Chairman of the Hanoi People’s Committee.',
        signedPlace: 'France',
      },
    },
  },
  {
    key: 'idf-2022-2025',
    partnership: 'ha-noi-ile-de-france',
    instrument: 'action_programme',
    startDate: '2022-01-01',
    endDate: '2025-12-31',
    fields: ['environment', 'urban-planning', 'economic-development', 'culture-heritage-tourism', 'creativity-research'],
    actionItems: [
      {
        field: 'environment',
        progress: 'in_progress',
        description: { vi: 'Trao đổi kinh nghiệm về quản lý nước và chất thải', en: 'Sharing experience in water and waste management' },
      },
      {
        field: 'urban-planning',
        progress: 'in_progress',
        description: { vi: 'Tư vấn quy hoạch các khu đô thị mới và không gian công cộng', en: 'Advice on planning new urban areas and public spaces' },
      },
      { field: 'economic-development', progress: 'planned', description: { vi: 'Kết nối doanh nghiệp hai bên', en: 'Connecting businesses of both sides' } },
      {
        field: 'culture-heritage-tourism',
        progress: 'done',
        description: { vi: 'Bảo tồn và phát huy giá trị khu phố Pháp', en: 'Conserving and promoting the French quarter' },
      },
      {
        field: 'creativity-research',
        progress: 'planned',
        description: { vi: 'Hợp tác giữa các viện nghiên cứu và không gian sáng tạo', en: 'Cooperation between research institutes and creative spaces' },
      },
    ],
    text: {
      vi: {
        name: 'Chương trình hành động Hà Nội – Île-de-France giai đoạn 2022–2025',
        summary:
          'Ký đầu năm 2022, chương trình gồm năm lĩnh vực: môi trường và phát triển bền vững; quy hoạch đô thị; phát triển kinh tế; văn hóa, di sản, du lịch; sáng tạo và nghiên cứu.',
      },
      en: {
        name: 'Hanoi – Île-de-France action programme 2022–2025',
        summary:
          'Signed early in 2022, the programme covers five fields: environment and sustainable development; urban planning; economic development; culture, heritage and tourism; creativity and research.',
      },
    },
  },
  {
    key: 'vientiane-2022-2025',
    partnership: 'ha-noi-vientiane',
    instrument: 'memorandum',
    startDate: '2022-01-01',
    endDate: '2025-12-31',
    fields: ['agriculture', 'vocational-training', 'training-officials', 'youth-exchange', 'education', 'transport'],
    actionItems: [
      {
        field: 'agriculture',
        progress: 'in_progress',
        description: { vi: 'Chuyển giao kỹ thuật trồng trọt và chăn nuôi', en: 'Transfer of crop and livestock techniques' },
      },
      {
        field: 'vocational-training',
        progress: 'in_progress',
        description: { vi: 'Đào tạo nghề cho thanh niên Viêng Chăn tại Hà Nội', en: 'Vocational training in Hanoi for young people from Vientiane' },
      },
      {
        field: 'training-officials',
        progress: 'done',
        description: { vi: 'Bồi dưỡng cán bộ quản lý của Thủ đô Viêng Chăn', en: 'Courses for Vientiane administrators' },
      },
      {
        field: 'education',
        progress: 'in_progress',
        description: { vi: 'Học bổng cho sinh viên Lào tại các trường của Hà Nội', en: 'Scholarships for Lao students at Hanoi schools' },
      },
      {
        field: 'transport',
        progress: 'planned',
        description: { vi: 'Nghiên cứu kết nối đường bộ giữa hai Thủ đô', en: 'Study of road connections between the two capitals' },
      },
    ],
    text: {
      vi: {
        name: 'Biên bản ghi nhớ hợp tác Hà Nội – Viêng Chăn giai đoạn 2022–2025',
        summary:
          'Bảy lĩnh vực hợp tác: nông nghiệp, đào tạo nghề, đào tạo cán bộ, giao lưu thanh niên, giáo dục, học bổng và kết nối đường bộ; sẽ được sơ kết để chuẩn bị giai đoạn mới.',
      },
      en: {
        name: 'Hanoi – Vientiane memorandum of cooperation 2022–2025',
        summary:
          'Seven fields: agriculture, vocational training, training of officials, youth exchange, education, scholarships and road connections; to be reviewed before a new period.',
      },
    },
  },
  {
    key: 'nghe-an-vientiane-2025-2028',
    partnership: 'nghe-an-vientiane',
    instrument: 'agreement',
    startDate: '2025-01-01',
    endDate: '2028-12-31',
    fields: ['agriculture', 'education', 'transport', 'investment'],
    actionItems: [
      {
        field: 'agriculture',
        progress: 'planned',
        description: { vi: 'Hợp tác phát triển vùng nguyên liệu nông sản', en: 'Developing farm produce areas together' },
      },
      {
        field: 'education',
        progress: 'planned',
        description: { vi: 'Trao đổi học sinh, sinh viên và giáo viên', en: 'Exchanges of pupils, students and teachers' },
      },
      {
        field: 'investment',
        progress: 'planned',
        description: { vi: 'Xúc tiến đầu tư và thương mại qua biên giới', en: 'Promoting cross-border investment and trade' },
      },
    ],
    text: {
      vi: {
        name: 'Thỏa thuận hợp tác Nghệ An – Viêng Chăn giai đoạn 2025–2028',
        summary: 'Thỏa thuận xác lập khuôn khổ hợp tác bốn năm giữa tỉnh Nghệ An và Thủ đô Viêng Chăn.',
      },
      en: {
        name: 'Nghe An – Vientiane cooperation agreement 2025–2028',
        summary: 'The agreement sets a four-year framework of cooperation between Nghệ An province and the capital Vientiane.',
      },
    },
  },
];
