import type { SeedLocality } from '../types';

export const localities: SeedLocality[] = [
  { key: 'ha-noi', name: { vi: 'Hà Nội', en: 'Hanoi' }, level: 'capital', country: 'vn', latitude: 21.0285, longitude: 105.8542, wikidataId: 'Q1858' },
  { key: 'dong-da', name: { vi: 'Đống Đa', en: 'Dong Da' }, level: 'district', country: 'vn', latitude: 21.0181, longitude: 105.8297 },
  { key: 'nghe-an', name: { vi: 'Nghệ An', en: 'Nghe An' }, level: 'province', country: 'vn', latitude: 19.2342, longitude: 104.92 },
  {
    key: 'ile-de-france',
    name: { vi: 'Île-de-France', en: 'Île-de-France' },
    level: 'region',
    country: 'fr',
    latitude: 48.8499,
    longitude: 2.637,
    wikidataId: 'Q13917',
  },
  { key: 'choisy-le-roi', name: { vi: 'Choisy-le-Roi', en: 'Choisy-le-Roi' }, level: 'city', country: 'fr', latitude: 48.7631, longitude: 2.4094 },
  {
    key: 'vientiane',
    name: { vi: 'Viêng Chăn', en: 'Vientiane' },
    level: 'capital',
    country: 'la',
    latitude: 17.9757,
    longitude: 102.6331,
    wikidataId: 'Q9326',
  },
  {
    key: 'phnom-penh',
    name: { vi: 'Phnôm Pênh', en: 'Phnom Penh' },
    level: 'capital',
    country: 'kh',
    latitude: 11.5564,
    longitude: 104.9282,
    wikidataId: 'Q1850',
  },
  { key: 'caracas', name: { vi: 'Caracas', en: 'Caracas' }, level: 'capital', country: 've', latitude: 10.4806, longitude: -66.9036, wikidataId: 'Q1533' },
];
