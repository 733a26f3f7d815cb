import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import type { SeedImage } from './types';

/**
 * Demo illustrations are drawn here, from shapes and the palette in data/images.ts, so the project
 * ships no third-party photo and every image carries the project's own licence (see README).
 */
const WIDTH = 1600;
const HEIGHT = 900;

function motifShapes(image: SeedImage): string {
  const [, second, third] = image.palette;
  const shapes: string[] = [];
  for (let i = 0; i < 9; i += 1) {
    const t = i / 8;
    switch (image.motif) {
      case 'waves':
        shapes.push(
          `<path d="M0 ${300 + i * 60} Q ${WIDTH / 4} ${200 + i * 60} ${WIDTH / 2} ${300 + i * 60} T ${WIDTH} ${300 + i * 60}" stroke="${i % 2 ? second : third}" stroke-width="22" fill="none" opacity="${0.35 + t * 0.5}"/>`,
        );
        break;
      case 'circles':
        shapes.push(
          `<circle cx="${200 + i * 150}" cy="${450 + Math.sin(i) * 180}" r="${60 + i * 14}" fill="${i % 2 ? second : third}" opacity="${0.3 + t * 0.4}"/>`,
        );
        break;
      case 'grid':
        shapes.push(
          `<rect x="${120 + (i % 3) * 460}" y="${90 + Math.floor(i / 3) * 260}" width="400" height="220" rx="18" fill="${i % 2 ? second : third}" opacity="${0.35 + t * 0.5}"/>`,
        );
        break;
      case 'diagonals':
        shapes.push(
          `<polygon points="${i * 200},0 ${i * 200 + 120},0 ${i * 200 - 380},${HEIGHT} ${i * 200 - 500},${HEIGHT}" fill="${i % 2 ? second : third}" opacity="${0.4 + t * 0.4}"/>`,
        );
        break;
      case 'arches':
        shapes.push(
          `<path d="M ${100 + i * 170} ${HEIGHT} v -${260 + (i % 3) * 120} a 70 70 0 0 1 140 0 v ${260 + (i % 3) * 120} z" fill="${i % 2 ? second : third}" opacity="${0.45 + t * 0.4}"/>`,
        );
        break;
    }
  }
  return shapes.join('');
}

export function illustrationSvg(image: SeedImage): string {
  const [first] = image.palette;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}"><rect width="100%" height="100%" fill="${first}"/>${motifShapes(image)}</svg>`;
}

export interface DrawnImage {
  filepath: string;
  size: number;
}

/** Renders each illustration to a JPEG in a temporary folder; `cleanup` removes the folder. */
export async function drawIllustrations(images: SeedImage[]): Promise<{ files: Map<string, DrawnImage>; cleanup: () => Promise<void> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'atlas-seed-'));
  const files = new Map<string, DrawnImage>();
  for (const image of images) {
    const filepath = path.join(folder, `${image.name}.jpg`);
    await sharp(Buffer.from(illustrationSvg(image)))
      .jpeg({ quality: 80, mozjpeg: true })
      .toFile(filepath);
    files.set(image.key, { filepath, size: (await stat(filepath)).size });
  }
  return { files, cleanup: () => rm(folder, { recursive: true, force: true }) };
}
