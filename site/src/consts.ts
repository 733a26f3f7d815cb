export const SITE_TITLE = 'Cooperation Atlas';
export const SITE_TAGLINE = 'Hợp tác quốc tế của Thủ đô Hà Nội và các địa phương';

export const NAV = [
  { href: '/articles/', label: 'Tin bài' },
  { href: '/partnerships/', label: 'Quan hệ đối tác' },
  { href: '/delegations/', label: 'Đoàn ra, đoàn vào' },
  { href: '/about/', label: 'Giới thiệu' },
] as const;
