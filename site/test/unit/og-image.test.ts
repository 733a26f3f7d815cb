/**
 * Sharing images: 1200×630 PNGs whose every Vietnamese letter, with every tone, is drawn by the bundled
 * font, and a glyph no bundled font has fails loudly instead of printing a box.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawableRanges, renderDrawableModule } from '../../src/lib/drawable-probe.ts';
import { MissingGlyphError, ogImagePath, renderOgImage, renderOgSvg } from '../../src/lib/og-image.ts';

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const VOWELS = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'];
/** Every Vietnamese vowel with and without each tone, upper and lower case, plus đ and Đ (NFC). */
const ALPHABET = VOWELS.flatMap((vowel) => [vowel, ...TONES.map((tone) => `${vowel}${tone}`.normalize('NFC'))]).flatMap((letter) => [
  letter,
  letter.toUpperCase(),
]);

let cacheDir = '';
beforeAll(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-og-'));
  process.env.ATLAS_SITE_CACHE_DIR = cacheDir;
});
afterAll(async () => {
  delete process.env.ATLAS_SITE_CACHE_DIR;
  await rm(cacheDir, { recursive: true, force: true });
});

describe('OpenGraph images', () => {
  it('draws a Vietnamese title as a 1200×630 PNG, then serves it again from the cache', async () => {
    const card = {
      locale: 'vi' as const,
      kicker: 'Bốn phương kết bạn',
      title: 'Hà Nội – Đống Đa: Kỷ niệm 25 năm quan hệ hữu nghị, hợp tác với Thủ đô Viêng Chăn; ước vọng ửng hồng, ỹ ỵ ữ ự',
      subtitle: 'Lào',
      footer: '14:11 | 18/02/2022 GMT+7',
    };
    const started = performance.now();
    const png = await renderOgImage(card);
    const firstMs = performance.now() - started;
    const metadata = await sharp(png).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(['png', 1200, 630]);
    expect(png.byteLength).toBeLessThan(150_000);
    const again = performance.now();
    expect((await renderOgImage(card)).equals(png)).toBe(true);
    console.info(`og image: ${png.byteLength} bytes, drawn in ${firstMs.toFixed(0)} ms, cached in ${(performance.now() - again).toFixed(1)} ms`);
  });

  it('has a glyph for every Vietnamese letter with every tone', async () => {
    expect(ALPHABET).toHaveLength(144);
    const svg = await renderOgSvg({
      locale: 'vi',
      kicker: 'đ Đ',
      title: ALPHABET.slice(0, 72).join(' '),
      subtitle: ALPHABET.slice(72).join(' '),
      footer: 'đĐ',
    });
    expect(svg).toContain('<path');
  });

  it('draws decomposed (NFD) text from the CMS exactly as the composed letters', async () => {
    const card = { locale: 'vi' as const, kicker: 'Quan hệ đối tác', title: 'Hồ Chí Minh – Ở ữ ỹ Đ ệ', subtitle: 'Lào', footer: 'Kết nghĩa' };
    const nfd = {
      ...card,
      kicker: card.kicker.normalize('NFD'),
      title: card.title.normalize('NFD'),
      subtitle: card.subtitle.normalize('NFD'),
      footer: card.footer.normalize('NFD'),
    };
    expect(nfd.title).not.toBe(card.title);
    expect(await renderOgSvg(nfd)).toBe(await renderOgSvg(card));
  });

  it('fails, naming the text, when no bundled font has a glyph', async () => {
    await expect(renderOgSvg({ locale: 'vi', kicker: 'x', title: 'Hà Nội 河内', footer: 'x' })).rejects.toThrow(MissingGlyphError);
    await expect(renderOgSvg({ locale: 'vi', kicker: 'x', title: 'Hà Nội 河内', footer: 'x' })).rejects.toThrow(/河内/);
  });

  it('serves each image under /og/<locale>/<kind>/<slug>.png', () => {
    expect(ogImagePath('en', 'partnerships', 'hanoi-vientiane')).toBe('/og/en/partnerships/hanoi-vientiane.png');
  });

  it('agrees with the content rules on which characters it can draw (shared/src/rules/drawable.ts is current)', async () => {
    const committed = await readFile(new URL('../../../shared/src/rules/drawable.ts', import.meta.url), 'utf8');
    expect(renderDrawableModule(await drawableRanges()), 'the fonts changed: run ./pnpmw run fonts:charset').toBe(committed);
  }, 120_000);
});
