// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { cmsConfig } from './src/lib/cms-config.ts';

const cms = cmsConfig();

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  // The local builder builds into a staging folder and moves it into a release of its own, so a failed
  // build never replaces a good site. The folder must not change between builds: a changed Astro config
  // clears the content store, and with it the incremental sync.
  outDir: process.env.ATLAS_SITE_OUT_DIR ?? './dist',
  // The content-layer data store and the optimised images live here between builds (CI caches it). The
  // local builder gives each live folder a cache of its own, so that two sites never share cursors.
  cacheDir: process.env.ATLAS_SITE_CACHE_DIR ?? './.cache/astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Media comes from the CMS at build time and is optimised by sharp; the deployed site never calls it.
  image: { remotePatterns: [{ protocol: cms.url.protocol.replace(':', ''), hostname: cms.url.hostname }] },
  integrations: [mdx()],
});
