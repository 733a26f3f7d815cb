import type { SeedCountry } from '../types';

export const countries: SeedCountry[] = [
  { key: 'vn', isoCode: 'VN', name: { vi: 'Việt Nam', en: 'Vietnam' } },
  { key: 'fr', isoCode: 'FR', name: { vi: 'Pháp', en: 'France' } },
  { key: 'la', isoCode: 'LA', name: { vi: 'Lào', en: 'Laos' } },
  { key: 'kh', isoCode: 'KH', name: { vi: 'Campuchia', en: 'Cambodia' } },
  { key: 've', isoCode: 'VE', name: { vi: 'Venezuela', en: 'Venezuela' } },
];
