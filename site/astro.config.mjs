// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { cmsPreflight } from './src/lib/cms-preflight.ts';
import { cmsConfig } from './src/lib/cms-config.ts';

const cms = cmsConfig();

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  // The start script and the tests build into a fresh folder and swap it in, so a failed build never
  // replaces a good site.
  outDir: process.env.ATLAS_SITE_OUT_DIR ?? './dist',
  // The content-layer data store and the optimised images live here between builds (CI caches it).
  cacheDir: './.cache/astro',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Media comes from the CMS at build time and is optimised by sharp; the deployed site never calls it.
  image: { remotePatterns: [{ protocol: cms.url.protocol.replace(':', ''), hostname: cms.url.hostname }] },
  integrations: [mdx(), cmsPreflight(cms)],
});
