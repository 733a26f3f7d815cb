import type { SeedNamed } from '../types';

const field = (key: string, vi: string, en: string): SeedNamed => ({ key, name: { vi, en } });

export const fields: SeedNamed[] = [
  field('environment', 'Môi trường và phát triển bền vững', 'Environment and sustainable development'),
  field('urban-planning', 'Quy hoạch đô thị', 'Urban planning'),
  field('economic-development', 'Phát triển kinh tế', 'Economic development'),
  field('culture-heritage-tourism', 'Văn hóa, di sản và du lịch', 'Culture, heritage and tourism'),
  field('creativity-research', 'Sáng tạo và nghiên cứu', 'Creativity and research'),
  field('agriculture', 'Nông nghiệp', 'Agriculture'),
  field('vocational-training', 'Đào tạo nghề', 'Vocational training'),
  field('training-officials', 'Đào tạo cán bộ', 'Training of officials'),
  field('youth-exchange', 'Giao lưu thanh niên', 'Youth exchange'),
  field('education', 'Giáo dục và học bổng', 'Education and scholarships'),
  field('transport', 'Giao thông và kết nối đường bộ', 'Transport and road connections'),
  field('investment', 'Đầu tư', 'Investment'),
  field('urban-management', 'Quản lý đô thị', 'Urban management'),
  field('water-sanitation', 'Cấp nước và vệ sinh môi trường', 'Water and sanitation'),
  field('smart-city', 'Đô thị thông minh và chuyển đổi số', 'Smart cities and digitisation'),
];
