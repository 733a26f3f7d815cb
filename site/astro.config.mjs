// @ts-check
import { defineConfig, fontProviders, sharpImageService } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { cmsConfig } from './src/lib/cms-config.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { sitemapFromPages } from './src/integrations/sitemap-from-pages.ts';

const cms = cmsConfig();

// Be Vietnam Pro from @fontsource, served by Astro's font pipeline: it writes the @font-face rules with
// their unicode ranges, preloads what the pages ask for, and sizes a local fallback to the font's
// metrics so that the swap does not shift the layout. The Vietnamese subset draws the letters with
// stacked marks (ầ, ệ, ữ…); latin and latin-ext the rest.
const SUBSETS = {
  vietnamese: 'U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB',
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
};
const fontVariants = Object.entries(SUBSETS).flatMap(([subset, ranges]) =>
  [400, 600].map((weight) => ({
    src: /** @type {[string]} */ ([`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${weight}-normal.woff2`]),
    weight,
    style: /** @type {const} */ ('normal'),
    display: /** @type {const} */ ('swap'),
    unicodeRange: /** @type {[string, ...string[]]} */ (ranges.split(',')),
  })),
);
const [firstVariant, ...otherVariants] = fontVariants;
if (!firstVariant) throw new Error('no font variants');
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const outDir = process.env.ATLAS_SITE_OUT_DIR ?? './dist';

export default defineConfig({
  site,
  output: 'static',
  // The local builder builds into a staging folder and moves it into a release of its own, so a failed
  // build never replaces a good site. The folder must not change between builds: a changed Astro config
  // clears the content store, and with it the incremental sync.
  outDir,
  // The content-layer data store and the optimised images live here between builds (CI caches it). The
  // local builder gives each live folder a cache of its own, so that two sites never share cursors.
  cacheDir: process.env.ATLAS_SITE_CACHE_DIR ?? './.cache/astro',
  trailingSlash: 'always',
  // Two pages at a time: a page's sharp work (photos, sharing cards) runs off the main thread while the
  // next one renders. Measured with `./pnpmw bench 1000`.
  build: { format: 'directory', concurrency: 2 },
  // Media comes from the CMS at build time and is optimised by sharp; the deployed site never calls it.
  // AVIF at effort 2 (sharp's default is 4): about three times faster to encode for files a few per cent
  // larger, which matters on a cold build of thousands of photos on two cores.
  image: {
    service: sharpImageService({ avif: { effort: 2 } }),
    remotePatterns: [{ protocol: cms.url.protocol.replace(':', ''), hostname: cms.url.hostname }],
  },
  // Pagefind runs last, over the finished pages; the sitemap reads lastmod and alternates from them.
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Be Vietnam Pro',
      cssVariable: '--font-body',
      fallbacks: ['sans-serif'],
      options: { variants: [firstVariant, ...otherVariants] },
    },
  ],
  integrations: [mdx(), sitemap({ serialize: sitemapFromPages(fileURLToPath(new URL(outDir, new URL('./', import.meta.url))), site) }), pagefind()],
});
