import { ENTRY_SCHEMAS, type EntryKind } from '@atlas/shared';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { cmsLoader } from './loaders/cms-loader.ts';
import { REGISTRY } from './loaders/registry.ts';

/**
 * The site's content: one collection per entry of the registry (src/loaders/registry.ts), each filled by
 * an incremental GraphQL loader that checks every entry against the content rules shared with the CMS
 * (shared/src/rules/entries.ts); the same schema types the collection. Entry ids are
 * `<locale>/<documentId>`.
 */
const fromCms = (key: EntryKind) => defineCollection({ loader: cmsLoader(REGISTRY[key]), schema: ENTRY_SCHEMAS[key] });
// Built in a loop, typed per key: Astro types each collection's entries from its `schema`.
type CmsCollections = { [K in EntryKind]: Omit<ReturnType<typeof fromCms>, 'schema'> & { schema: (typeof ENTRY_SCHEMAS)[K] } };
const cmsCollections = Object.fromEntries((Object.keys(REGISTRY) as EntryKind[]).map((key) => [key, fromCms(key)])) as CmsCollections;

export const collections = {
  ...cmsCollections,
  // The about page is written in the repository (MDX), one file per locale: src/content/about/<locale>.mdx.
  about: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/about' }),
    schema: z.object({ title: z.string(), description: z.string() }),
  }),
};
