import type { SeedPartnership } from '../types';

export const partnerships: SeedPartnership[] = [
  {
    key: 'ha-noi-ile-de-france',
    localSide: 'ha-noi',
    partnerLocality: 'ile-de-france',
    type: 'friendship_cooperation',
    level: 'capital',
    relationStatus: 'active',
    establishedYear: 1989,
    fields: [
      'environment',
      'urban-planning',
      'economic-development',
      'culture-heritage-tourism',
      'creativity-research',
      'transport',
      'water-sanitation',
      'training-officials',
    ],
    text: {
      vi: {
        title: 'Hà Nội – Île-de-France',
        summary:
          'Quan hệ hợp tác giữa Thủ đô Hà Nội và vùng Île-de-France (Pháp) được thiết lập từ năm 1989, tập trung vào quy hoạch đô thị, giao thông công cộng, di sản và phát triển bền vững.',
        body:
          'Hơn ba thập kỷ qua, Hà Nội và vùng Thủ đô của nước Pháp đã cùng nhau thực hiện nhiều dự án cụ thể, từ quy hoạch chung Thủ đô đến các điểm trung chuyển xe buýt.\n\n' +
          'Năm 2001, hai bên lập Dự án hợp tác phát triển đô thị Hà Nội – Île-de-France (IMV), đầu mối kỹ thuật cho phần lớn các chương trình sau này. Các giai đoạn hợp tác tiếp theo được cụ thể hóa bằng thỏa thuận 2018–2021 và chương trình hành động 2022–2025.\n\n' +
          '## Những dấu ấn\n\n- Quy hoạch chung Thủ đô Hà Nội đến năm 2030, tầm nhìn 2050 và quy hoạch đô thị Hòa Lạc\n- Hồ sơ UNESCO khu trung tâm Hoàng thành Thăng Long, làng cổ Đường Lâm, khu phố Pháp\n- Điểm trung chuyển xe buýt Cầu Giấy, Long Biên, Hoàng Quốc Việt; làn xe buýt trên phố Yên Phụ\n- Nghiên cứu tiền khả thi tuyến đường sắt đô thị số 3 và đầu mối giao thông đa phương thức Nhổn',
      },
      en: {
        title: 'Hanoi – Île-de-France',
        summary:
          'The cooperation between the capital Hanoi and the Île-de-France region (France), established in 1989, centres on urban planning, public transport, heritage and sustainable development.',
        body:
          'For more than three decades Hanoi and the capital region of France have carried out concrete projects together, from the capital master plan to bus interchanges.\n\n' +
          'In 2001 the two sides set up the Hanoi – Île-de-France urban development cooperation project (IMV), the technical hub of most later programmes. Later periods were framed by the 2018–2021 agreement and the 2022–2025 action programme.\n\n' +
          '## Milestones\n\n- The general plan of Hanoi to 2030 with a vision to 2050, and the Hòa Lạc urban plan\n- The UNESCO file for the central sector of the Thăng Long imperial citadel, Đường Lâm ancient village, the French quarter\n- Bus interchanges at Cầu Giấy, Long Biên and Hoàng Quốc Việt; a bus lane on Yên Phụ street\n- A pre-study for urban railway line 3 and the Nhổn multimodal interchange',
      },
    },
  },
  {
    key: 'dong-da-choisy-le-roi',
    localSide: 'dong-da',
    partnerLocality: 'choisy-le-roi',
    type: 'twinning',
    level: 'district',
    relationStatus: 'active',
    establishedYear: 1973,
    fields: ['education', 'culture-heritage-tourism', 'youth-exchange'],
    text: {
      vi: {
        title: 'Đống Đa – Choisy-le-Roi',
        summary:
          'Quận Đống Đa (Hà Nội) và thành phố Choisy-le-Roi (Pháp) kết nghĩa năm 1973, năm Hiệp định Paris được ký kết sau những vòng đàm phán diễn ra ngay tại Choisy-le-Roi.',
        body:
          'Choisy-le-Roi là nơi diễn ra các cuộc đàm phán về Hiệp định Paris từ tháng 5/1968 đến tháng 3/1973. Cũng trong năm 1973, thành phố kết nghĩa với quận Đống Đa.\n\n' +
          'Sau chiến tranh, Choisy-le-Roi đã giúp Đống Đa xây dựng lại trường học và trạm y tế. Mối quan hệ được hai bên gìn giữ qua nhiều thế hệ lãnh đạo, với các hoạt động giao lưu văn hóa, giáo dục và thanh niên.',
      },
      en: {
        title: 'Dong Da – Choisy-le-Roi',
        summary:
          'Đống Đa district (Hanoi) and the town of Choisy-le-Roi (France) were twinned in 1973, the year the Paris Peace Accords were signed after negotiations held in Choisy-le-Roi itself.',
        body:
          'Choisy-le-Roi hosted the negotiations of the Paris Peace Accords from May 1968 to March 1973. That same year the town was twinned with Đống Đa district.\n\n' +
          'After the war Choisy-le-Roi helped Đống Đa rebuild schools and a clinic. Both sides have kept the relationship alive across generations of leaders, through cultural, educational and youth exchanges.',
      },
    },
  },
  {
    key: 'ha-noi-vientiane',
    localSide: 'ha-noi',
    partnerLocality: 'vientiane',
    type: 'cooperation_agreement',
    level: 'capital',
    relationStatus: 'active',
    fields: ['agriculture', 'vocational-training', 'training-officials', 'youth-exchange', 'education', 'transport'],
    text: {
      vi: {
        title: 'Hà Nội – Viêng Chăn',
        summary: 'Hai Thủ đô Hà Nội và Viêng Chăn (Lào) hợp tác theo từng giai đoạn, mỗi giai đoạn được cụ thể hóa bằng một biên bản ghi nhớ hợp tác.',
        body:
          'Quan hệ giữa hai Thủ đô là một phần của mối quan hệ đặc biệt Việt Nam – Lào. Biên bản ghi nhớ giai đoạn 2022–2025 tập trung vào nông nghiệp, đào tạo nghề, đào tạo cán bộ, giao lưu thanh niên, giáo dục, học bổng và kết nối đường bộ.\n\n' +
          'Hai bên thống nhất sơ kết giai đoạn này và xây dựng nội dung hợp tác cho giai đoạn tiếp theo.',
      },
      en: {
        title: 'Hanoi – Vientiane',
        summary: 'The capitals Hanoi and Vientiane (Laos) cooperate in periods, each framed by a memorandum of cooperation.',
        body:
          'The relationship between the two capitals is part of the special relationship between Vietnam and Laos. The 2022–2025 memorandum covers agriculture, vocational training, training of officials, youth exchange, education, scholarships and road connections.\n\n' +
          'Both sides agreed to review this period and to prepare the content of the next one.',
      },
    },
  },
  {
    key: 'ha-noi-phnom-penh',
    localSide: 'ha-noi',
    partnerLocality: 'phnom-penh',
    type: 'friendship_cooperation',
    level: 'capital',
    relationStatus: 'active',
    fields: ['investment', 'culture-heritage-tourism', 'education', 'urban-management', 'youth-exchange'],
    text: {
      vi: {
        title: 'Hà Nội – Phnôm Pênh',
        summary:
          'Quan hệ hữu nghị, hợp tác lâu năm giữa hai Thủ đô Hà Nội và Phnôm Pênh (Campuchia), trải rộng từ đầu tư, du lịch đến đào tạo và quản lý đô thị.',
        body:
          'Năm 2022, dịp kỷ niệm 55 năm quan hệ ngoại giao Việt Nam – Campuchia (24/6/1967), lãnh đạo hai Thủ đô đã hội đàm tại Phnôm Pênh.\n\n' +
          'Hai bên quan tâm tới thu hút đầu tư, phát triển du lịch, tạo điều kiện cho sinh viên Campuchia học tập tại các trường đại học của Hà Nội, trao đổi kinh nghiệm quản lý đô thị và giao lưu thanh niên.',
      },
      en: {
        title: 'Hanoi – Phnom Penh',
        summary:
          'A long-standing friendship and cooperation between the capitals Hanoi and Phnom Penh (Cambodia), ranging from investment and tourism to training and urban management.',
        body:
          'In 2022, the 55th anniversary of diplomatic relations between Vietnam and Cambodia (24 June 1967), the leaders of the two capitals held talks in Phnom Penh.\n\n' +
          'They focused on attracting investment, developing tourism, hosting Cambodian students at Hanoi universities, sharing urban management experience and youth exchanges.',
      },
    },
  },
  {
    key: 'ha-noi-caracas',
    localSide: 'ha-noi',
    partnerLocality: 'caracas',
    type: 'twinning',
    level: 'capital',
    relationStatus: 'under_negotiation',
    fields: ['culture-heritage-tourism'],
    text: {
      vi: {
        title: 'Hà Nội – Caracas',
        summary: 'Hà Nội và Caracas (Venezuela) đang chuẩn bị thiết lập quan hệ kết nghĩa giữa hai Thủ đô; việc trao đổi được đẩy mạnh trong năm 2024.',
        body:
          'Năm 2024, dịp kỷ niệm 35 năm quan hệ ngoại giao Việt Nam – Venezuela, lãnh đạo thành phố Hà Nội và Đại sứ Venezuela đã trao đổi về việc kết nghĩa hai Thủ đô.\n\n' +
          'Các ý tưởng được nêu gồm đặt tượng bán thân Simón Bolívar, phục dựng không gian tranh gốm của Venezuela và tổ chức các tuần văn hóa.',
      },
      en: {
        title: 'Hanoi – Caracas',
        summary: 'Hanoi and Caracas (Venezuela) are preparing to twin the two capitals; talks gathered pace in 2024.',
        body:
          'In 2024, the 35th anniversary of diplomatic relations between Vietnam and Venezuela, the Hanoi city leadership and the Venezuelan ambassador discussed twinning the two capitals.\n\n' +
          'Ideas on the table include a bust of Simón Bolívar, restoring a space for Venezuelan ceramic murals and cultural weeks.',
      },
    },
  },
  {
    key: 'nghe-an-vientiane',
    localSide: 'nghe-an',
    partnerLocality: 'vientiane',
    type: 'cooperation_agreement',
    level: 'province',
    relationStatus: 'active',
    fields: ['agriculture', 'education', 'transport', 'investment'],
    text: {
      vi: {
        title: 'Nghệ An – Viêng Chăn',
        summary: 'Tỉnh Nghệ An và Thủ đô Viêng Chăn (Lào) hợp tác theo thỏa thuận giai đoạn 2025–2028.',
        body: 'Thỏa thuận hợp tác giai đoạn 2025–2028 mở ra một chặng mới cho quan hệ giữa Nghệ An và Viêng Chăn, với trọng tâm là nông nghiệp, giáo dục, giao thông và thu hút đầu tư.',
      },
      en: {
        title: 'Nghe An – Vientiane',
        summary: 'Nghệ An province and the capital Vientiane (Laos) cooperate under an agreement for 2025–2028.',
        body: 'The cooperation agreement for 2025–2028 opens a new stage between Nghệ An and Vientiane, focused on agriculture, education, transport and investment.',
      },
    },
  },
];
