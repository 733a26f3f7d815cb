// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { cmsConfig } from './src/lib/cms-config.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { sitemapFromPages } from './src/integrations/sitemap-from-pages.ts';

const cms = cmsConfig();
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
  build: { format: 'directory' },
  // Media comes from the CMS at build time and is optimised by sharp; the deployed site never calls it.
  image: { remotePatterns: [{ protocol: cms.url.protocol.replace(':', ''), hostname: cms.url.hostname }] },
  // Pagefind runs last, over the finished pages; the sitemap reads lastmod and alternates from them.
  integrations: [
    mdx(),
    sitemap({ serialize: sitemapFromPages(fileURLToPath(new URL(outDir, new URL('./', import.meta.url))), site) }),
    pagefind(),
  ],
});
