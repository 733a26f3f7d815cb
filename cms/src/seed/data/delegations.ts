import type { SeedDelegation } from '../types';

export const delegations: SeedDelegation[] = [
  {
    key: 'choisy-2022',
    direction: 'outbound',
    startDate: '2022-02-17',
    partnerships: ['dong-da-choisy-le-roi'],
    fieldsDiscussed: ['culture-heritage-tourism', 'education'],
    text: {
      vi: {
        title: 'Đại sứ Đinh Toàn Thắng làm việc với Thị trưởng Choisy-le-Roi',
        leader: { name: 'Đinh Toàn Thắng', office: 'Đại sứ Việt Nam tại Pháp' },
        host: { name: 'Tonino Panetta', office: 'Thị trưởng thành phố Choisy-le-Roi' },
        places: 'Tòa thị chính Choisy-le-Roi, Pháp',
        purpose:
          'Trao đổi về Hội nghị hợp tác phi tập trung Việt – Pháp dự kiến tổ chức tại Hà Nội và các dịp kỷ niệm năm 2023: 50 năm quan hệ ngoại giao, 10 năm quan hệ đối tác chiến lược và 50 năm Hiệp định Paris.',
        outcomes:
          '- Hai bên thống nhất phối hợp tổ chức các hoạt động kỷ niệm 50 năm Hiệp định Paris tại Choisy-le-Roi\n- Choisy-le-Roi khẳng định tham dự Hội nghị hợp tác phi tập trung tại Hà Nội',
      },
      en: {
        title: 'Ambassador Đinh Toàn Thắng meets the mayor of Choisy-le-Roi',
        leader: { name: 'Đinh Toàn Thắng', office: 'Ambassador of Vietnam to France' },
        host: { name: 'Tonino Panetta', office: 'Mayor of Choisy-le-Roi' },
        places: 'Choisy-le-Roi town hall, France',
        purpose:
          'Talks on the Vietnam – France decentralised cooperation conference planned in Hanoi and the 2023 anniversaries: 50 years of diplomatic relations, 10 years of strategic partnership and 50 years of the Paris Peace Accords.',
        outcomes:
          '- Both sides agreed to hold events for the 50th anniversary of the Paris Peace Accords in Choisy-le-Roi\n- Choisy-le-Roi confirmed it will attend the decentralised cooperation conference in Hanoi',
      },
    },
  },
  {
    key: 'phnom-penh-2022',
    direction: 'outbound',
    startDate: '2022-06-01',
    partnerships: ['ha-noi-phnom-penh'],
    fieldsDiscussed: ['investment', 'culture-heritage-tourism', 'education', 'urban-management', 'youth-exchange'],
    text: {
      vi: {
        title: 'Đoàn đại biểu cấp cao Hà Nội hội đàm với lãnh đạo Thủ đô Phnôm Pênh',
        leader: { name: 'Đinh Tiến Dũng', office: 'Bí thư Thành ủy Hà Nội' },
        host: { name: 'Khuong Sreng', office: 'Đô trưởng Thủ đô Phnôm Pênh' },
        places: 'Phnôm Pênh, Campuchia',
        purpose:
          'Thúc đẩy hợp tác giữa hai Thủ đô trong năm kỷ niệm 55 năm quan hệ ngoại giao Việt Nam – Campuchia: đầu tư và du lịch, sinh viên Campuchia học tại các trường đại học của Hà Nội, quản lý đô thị và giao lưu thanh niên.',
        outcomes: 'Hai bên nhất trí tăng cường trao đổi đoàn và kinh nghiệm quản lý đô thị, tạo điều kiện cho doanh nghiệp và sinh viên.',
      },
      en: {
        title: 'High-level Hanoi delegation holds talks with the leaders of Phnom Penh',
        leader: { name: 'Đinh Tiến Dũng', office: 'Secretary of the Hanoi Party Committee' },
        host: { name: 'Khuong Sreng', office: 'Governor of Phnom Penh' },
        places: 'Phnom Penh, Cambodia',
        purpose:
          'Deepening cooperation between the two capitals in the 55th year of Vietnam – Cambodia diplomatic relations: investment and tourism, Cambodian students at Hanoi universities, urban management and youth exchange.',
        outcomes: 'Both sides agreed to exchange more delegations and urban management experience, and to support businesses and students.',
      },
    },
  },
  {
    key: 'venezuela-2024',
    direction: 'inbound',
    startDate: '2024-06-20',
    partnerships: ['ha-noi-caracas'],
    fieldsDiscussed: ['culture-heritage-tourism'],
    text: {
      vi: {
        title: 'Chủ tịch UBND thành phố Hà Nội tiếp Đại sứ Venezuela',
        leader: { name: 'Juan Carlos Fernández Juárez', office: 'Đại sứ Venezuela tại Việt Nam' },
        host: { name: 'Trần Sỹ Thanh', office: 'Chủ tịch UBND thành phố Hà Nội' },
        places: 'Hà Nội',
        purpose:
          'Trao đổi về việc kết nghĩa Hà Nội – Caracas, đặt tượng bán thân Simón Bolívar, phục dựng không gian tranh gốm Venezuela và tổ chức tuần văn hóa, nhân 35 năm quan hệ ngoại giao hai nước.',
      },
    },
  },
  {
    key: 'conference-2023',
    direction: 'inbound',
    startDate: '2023-04-13',
    endDate: '2023-04-16',
    partnerships: ['ha-noi-ile-de-france', 'dong-da-choisy-le-roi'],
    fieldsDiscussed: ['environment', 'water-sanitation', 'smart-city', 'culture-heritage-tourism', 'urban-planning'],
    text: {
      vi: {
        title: 'Hội nghị hợp tác phi tập trung Việt Nam – Pháp lần thứ 12',
        leader: { name: 'Đoàn các địa phương Pháp', office: 'Đại diện chính quyền địa phương Pháp' },
        host: { name: 'Thành phố Hà Nội', office: 'Địa phương đăng cai' },
        places: 'Hà Nội',
        purpose:
          'Chủ đề: “Hợp tác địa phương – động lực phục hồi và phát triển bền vững toàn diện sau Covid-19”, với bốn hội thảo chuyên đề: môi trường và nước; đô thị thông minh và chuyển đổi số; văn hóa, di sản và du lịch; thành phố bền vững.',
        outcomes: 'Khoảng 100–120 gian hàng quảng bá của các địa phương Việt Nam; nhiều thỏa thuận hợp tác địa phương được trao đổi bên lề hội nghị.',
      },
      en: {
        title: '12th Vietnam – France decentralised cooperation conference',
        leader: { name: 'Delegation of French local authorities', office: 'Representatives of French local government' },
        host: { name: 'City of Hanoi', office: 'Host locality' },
        places: 'Hanoi',
        purpose:
          'Theme: “Local cooperation: a driver of recovery and comprehensive sustainable development after Covid-19”, with four workshops: environment and water; smart cities and digitisation; culture, heritage and tourism; sustainable cities.',
        outcomes: 'Some 100–120 promotion booths of Vietnamese localities; several local cooperation arrangements discussed on the sidelines.',
      },
    },
  },
  {
    key: 'vientiane-2025',
    direction: 'inbound',
    startDate: '2025-09-03',
    partnerships: ['ha-noi-vientiane'],
    fieldsDiscussed: ['agriculture', 'vocational-training', 'training-officials', 'youth-exchange', 'education', 'transport'],
    text: {
      vi: {
        title: 'Bí thư Thành ủy Hà Nội tiếp Đoàn đại biểu cấp cao Thủ đô Viêng Chăn',
        leader: { name: 'Anouphap Tounalom', office: 'Bí thư Thành ủy Viêng Chăn' },
        host: { name: 'Bùi Thị Minh Hoài', office: 'Bí thư Thành ủy Hà Nội' },
        places: 'Hà Nội',
        purpose: 'Đánh giá kết quả hợp tác theo biên bản ghi nhớ 2022–2025 và định hướng nội dung hợp tác giai đoạn tới giữa hai Thủ đô.',
      },
    },
  },
];
