import type { SeedImage } from '../types';

export const images: SeedImage[] = [
  { key: 'river', palette: ['#16324f', '#e8c07d', '#7fb3d5'], motif: 'waves', name: 'song-hong' },
  { key: 'lanterns', palette: ['#7a1f1f', '#f2c14e', '#f78154'], motif: 'circles', name: 'den-long' },
  { key: 'blocks', palette: ['#233d4d', '#fe7f2d', '#fcca46'], motif: 'grid', name: 'quy-hoach' },
  { key: 'rails', palette: ['#2b2d42', '#8d99ae', '#ef233c'], motif: 'diagonals', name: 'duong-sat' },
  { key: 'gates', palette: ['#3d2c2e', '#d9a066', '#f4e1c1'], motif: 'arches', name: 'cong-thanh' },
  { key: 'rice', palette: ['#1b4332', '#95d5b2', '#d8f3dc'], motif: 'waves', name: 'dong-lua' },
  { key: 'conference', palette: ['#1d3557', '#a8dadc', '#e63946'], motif: 'grid', name: 'hoi-nghi' },
  { key: 'youth', palette: ['#3a0ca3', '#4cc9f0', '#f72585'], motif: 'circles', name: 'thanh-nien' },
  { key: 'ceramics', palette: ['#264653', '#e9c46a', '#e76f51'], motif: 'diagonals', name: 'tranh-gom' },
  { key: 'pagoda', palette: ['#5f0f40', '#fb8b24', '#e36414'], motif: 'arches', name: 'chua-thap' },
  { key: 'school', palette: ['#283618', '#dda15e', '#fefae0'], motif: 'grid', name: 'truong-hoc' },
  { key: 'mekong', palette: ['#03045e', '#00b4d8', '#caf0f8'], motif: 'waves', name: 'me-kong' },
];
