import type { SeedNamed } from '../types';

/** Parents come before their children. */
export const categories: SeedNamed[] = [
  { key: 'huu-nghi', name: { vi: 'Hữu nghị', en: 'Friendship' } },
  { key: 'bon-phuong-ket-ban', name: { vi: 'Bốn phương kết bạn', en: 'Friends far and wide' }, parent: 'huu-nghi' },
  { key: 'viet-nam-hom-nay', name: { vi: 'Việt Nam hôm nay', en: 'Vietnam today' } },
  { key: 'ha-noi-ngay-nay', name: { vi: 'Hà Nội ngày nay', en: 'Hanoi today' }, parent: 'viet-nam-hom-nay' },
  { key: 'hop-tac-quoc-te', name: { vi: 'Hợp tác quốc tế', en: 'International cooperation' } },
];
