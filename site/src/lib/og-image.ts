import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import type { SiteLocale } from '@atlas/shared';
import { SITE_TITLE } from '../consts.ts';

/**
 * OpenGraph images (1200×630 PNG) for articles and partnerships, drawn at build time: satori lays the
 * card out and turns its text into paths with Be Vietnam Pro (bundled from @fontsource, every
 * Vietnamese glyph included), sharp rasterises it. A glyph no bundled font has fails the build rather
 * than print a box. Rendered cards are cached by content in the Astro cache folder, so a warm build
 * draws only the cards whose text changed.
 */
export interface OgCard {
  kicker: string;
  title: string;
  subtitle?: string;
  footer: string;
  locale: SiteLocale;
}

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const PAD = 72;
const INNER = OG_WIDTH - 2 * PAD;

/** Where a page's sharing image is served. */
export const ogImagePath = (locale: SiteLocale, kind: 'articles' | 'partnerships', slug: string): string => `/og/${locale}/${kind}/${slug}.png`;

// The weights the site's own pages use (astro.config.mjs), so the card reads like the page it shares.
type Weight = 400 | 600;
const SUBSETS = ['vietnamese', 'latin', 'latin-ext'] as const;
const FONT_STACK = SUBSETS.map((subset) => `'Be Vietnam Pro ${subset}'`).join(', ');
const require = createRequire(import.meta.url);

let fonts: Promise<Array<{ name: string; data: Buffer; weight: Weight; style: 'normal' }>> | undefined;
function loadFonts() {
  fonts ??= Promise.all(
    SUBSETS.flatMap((subset) =>
      ([400, 600] as const).map(async (weight) => ({
        // One family name per subset: satori keeps one font per name and weight, and falls back from
        // one family to the next (FONT_STACK) for the glyphs a subset lacks.
        name: `Be Vietnam Pro ${subset}`,
        // satori reads TTF, OTF and WOFF (not WOFF2); fontsource ships WOFF beside WOFF2.
        data: await readFile(require.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff`)),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
  return fonts;
}

/** A satori element: the same shape as a React element, written without JSX. */
interface Node {
  type: string;
  key: null;
  props: { style?: Record<string, string | number>; children?: Array<Node | string> | Node | string };
}
const div = (style: Record<string, string | number>, children: Array<Node | string> | string): Node => ({ type: 'div', key: null, props: { style, children } });

/** Long titles get a smaller size, so up to about 120 characters fit in four lines. */
const titleSize = (title: string) => (title.length > 90 ? 50 : title.length > 60 ? 58 : 68);

function layout(card: OgCard): Node {
  return div(
    // satori sizes boxes content-box: the root's size is the card's less its padding and top border.
    {
      width: INNER,
      height: OG_HEIGHT - 56 - 64 - 18,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `56px ${PAD}px 64px`,
      background: '#fdfcf9',
      color: '#1d2433',
      fontFamily: FONT_STACK,
      borderTop: '18px solid #a3262a',
    },
    [
      div({ display: 'flex', justifyContent: 'space-between', width: INNER, fontSize: 30, fontWeight: 600, color: '#a3262a' }, [
        // A long kicker (a category name) is cut to one line rather than squeeze the site name onto two.
        div({ display: 'flex', flexShrink: 0 }, SITE_TITLE),
        div({ display: 'block', minWidth: 0, marginLeft: 48, lineClamp: 1, textAlign: 'right', color: '#5b6475', fontWeight: 400 }, card.kicker),
      ]),
      div({ display: 'flex', flexDirection: 'column', width: INNER, gap: 24 }, [
        div({ display: 'block', width: INNER, fontSize: titleSize(card.title), fontWeight: 600, lineHeight: 1.2, lineClamp: 4 }, card.title),
        ...(card.subtitle ? [div({ display: 'block', width: INNER, fontSize: 30, color: '#5b6475', lineHeight: 1.35, lineClamp: 2 }, card.subtitle)] : []),
      ]),
      div({ display: 'flex', width: INNER, fontSize: 26, color: '#5b6475' }, card.footer),
    ],
  );
}

export class MissingGlyphError extends Error {}

/**
 * Text from the CMS may arrive decomposed (NFD: "ồ" as "o" + U+0302 + U+0300, as some Vietnamese input
 * methods and copy-pastes produce it). satori draws combining marks as glyphs of their own, often from
 * another subset's font, so they land beside the letter or vanish (seen: "Hồ" drawn as "Hô"); every
 * precomposed letter (NFC) is in the font.
 */
const composed = (card: OgCard): OgCard => ({
  ...card,
  kicker: card.kicker.normalize('NFC'),
  title: card.title.normalize('NFC'),
  footer: card.footer.normalize('NFC'),
  ...(card.subtitle === undefined ? {} : { subtitle: card.subtitle.normalize('NFC') }),
});

/** The card as SVG (text as paths). Throws MissingGlyphError naming the text no bundled font can draw. */
export async function renderOgSvg(input: OgCard): Promise<string> {
  const card = composed(input);
  return satori(layout(card), {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: await loadFonts(),
    loadAdditionalAsset: async (languageCode: string, segment: string) => {
      throw new MissingGlyphError(`No bundled font draws "${segment}" (${languageCode}) in the sharing image of "${card.title}"`);
    },
  });
}

/**
 * The characters of `text` that no bundled font draws: what satori would ask for. The content rules
 * (shared/src/rules/drawable.ts, generated by `./pnpmw run fonts:charset`) refuse such characters in
 * the texts a card shows, so a build never meets one; this is how that list is made and checked.
 */
export async function undrawableIn(text: string): Promise<Set<number>> {
  const missing = new Set<number>();
  for (const fontWeight of [400, 600]) {
    await satori(div({ display: 'flex', flexWrap: 'wrap', fontWeight, fontFamily: FONT_STACK }, text), {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      fonts: await loadFonts(),
      loadAdditionalAsset: async (_languageCode: string, segment: string) => {
        for (const character of segment) missing.add(character.codePointAt(0) ?? 0);
        return [];
      },
    });
  }
  return missing;
}

const cacheDir = () => path.join(process.env.ATLAS_SITE_CACHE_DIR ?? path.resolve('.cache/astro'), 'og');

/** The card as a 1200×630 PNG, from the cache when the same card was drawn before. */
export async function renderOgImage(input: OgCard): Promise<Buffer> {
  const card = composed(input);
  // Bump the version whenever the layout, fonts or encoding change, so no stale card is served.
  const key = createHash('sha256')
    .update(JSON.stringify({ version: 3, card }))
    .digest('hex');
  const cached = path.join(cacheDir(), `${key}.png`);
  try {
    return await readFile(cached);
  } catch {
    // Not drawn yet.
  }
  // Level 6 without palette: ~20 ms per card against ~100 ms for a palette PNG half the size (measured);
  // a build draws one card per article and partnership in each language.
  const png = await sharp(Buffer.from(await renderOgSvg(card)))
    .png({ compressionLevel: 6 })
    .toBuffer();
  await mkdir(path.dirname(cached), { recursive: true });
  await writeFile(cached, png);
  return png;
}
