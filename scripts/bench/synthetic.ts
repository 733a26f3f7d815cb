/**
 * Synthetic content for the benchmark: deterministic (seeded), Vietnamese-like text with its
 * diacritics, and the proportions of the real newsroom: per 1,000 articles about 30 partnerships,
 * 300 delegations and 60 cooperation periods.
 */
export interface Plan {
  articles: number;
  partnerships: number;
  delegations: number;
  periods: number;
}

export function planFor(articles: number): Plan {
  return {
    articles,
    partnerships: Math.max(1, Math.round(articles * 0.03)),
    delegations: Math.round(articles * 0.3),
    periods: Math.round(articles * 0.06),
  };
}

/** mulberry32: a small, fast, seeded PRNG, so two runs generate the same content. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = (
  'hợp tác phát triển thành phố thủ đô đối tác kinh tế văn hóa giáo dục đào tạo y tế môi trường giao thông ' +
  'đô thị quy hoạch du lịch nông nghiệp công nghệ đầu tư thương mại hữu nghị lãnh đạo đoàn công tác ký kết ' +
  'biên bản ghi nhớ chương trình dự án cộng đồng thanh niên phụ nữ di sản bảo tồn chuyển đổi số nước sạch ' +
  'năng lượng xanh khí hậu ứng phó thích ứng bền vững chia sẻ kinh nghiệm tăng cường mở rộng thúc đẩy đồng hành ' +
  'Hà Nội Đống Đa Hoàn Kiếm Ba Đình Tây Hồ Long Biên Gia Lâm Sóc Sơn Đông Anh Thường Tín Ứng Hòa Mỹ Đức'
).split(' ');

export function words(next: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) out.push(SYLLABLES[Math.floor(next() * SYLLABLES.length)] ?? 'hợp');
  return out.join(' ');
}

export function sentence(next: () => number, min = 8, max = 20): string {
  const text = words(next, min + Math.floor(next() * (max - min)));
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function paragraphs(next: () => number, count: number): string {
  return Array.from({ length: count }, () => Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentence(next)).join(' ')).join('\n\n');
}

export function pick<T>(next: () => number, list: readonly T[]): T {
  const item = list[Math.floor(next() * list.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function sample<T>(next: () => number, list: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(pick(next, list));
  return [...chosen];
}

/** An ISO date `daysBack` days before 2026-11-01, spread over the last decade. */
export function dateBack(daysBack: number): string {
  return new Date(Date.UTC(2026, 10, 1) - daysBack * 86_400_000).toISOString().slice(0, 10);
}
