import type { SeedNamed } from '../types';

const tag = (key: string, vi: string, en: string): SeedNamed => ({ key, name: { vi, en } });

export const tags: SeedNamed[] = [
  tag('ket-nghia', 'Kết nghĩa', 'Twinning'),
  tag('hop-tac-phi-tap-trung', 'Hợp tác phi tập trung', 'Decentralised cooperation'),
  tag('thu-do', 'Thủ đô', 'Capital'),
  tag('quy-hoach-do-thi', 'Quy hoạch đô thị', 'Urban planning'),
  tag('thanh-nien', 'Thanh niên', 'Youth'),
  tag('van-hoa', 'Văn hóa', 'Culture'),
  tag('ky-niem', 'Kỷ niệm', 'Anniversary'),
  tag('lao', 'Lào', 'Laos'),
  tag('phap', 'Pháp', 'France'),
  tag('campuchia', 'Campuchia', 'Cambodia'),
];
