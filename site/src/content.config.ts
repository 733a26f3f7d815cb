import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { COLLECTIONS } from './loaders/collections.ts';
import { cmsLoader } from './loaders/cms-loader.ts';
import { entries as schemas } from '@atlas/shared';

/**
 * The site's content: one collection per CMS content type, each filled by an incremental GraphQL
 * loader (src/loaders/) and checked against the content rules shared with the CMS (shared/src/rules/entries.ts). Entry ids are
 * `<locale>/<documentId>`.
 */
export const collections = {
  articles: defineCollection({ loader: cmsLoader(COLLECTIONS.articles), schema: schemas.article }),
  partnerships: defineCollection({ loader: cmsLoader(COLLECTIONS.partnerships), schema: schemas.partnership }),
  delegations: defineCollection({ loader: cmsLoader(COLLECTIONS.delegations), schema: schemas.delegation }),
  periods: defineCollection({ loader: cmsLoader(COLLECTIONS.periods), schema: schemas.period }),
  localities: defineCollection({ loader: cmsLoader(COLLECTIONS.localities), schema: schemas.locality }),
  countries: defineCollection({ loader: cmsLoader(COLLECTIONS.countries), schema: schemas.country }),
  fields: defineCollection({ loader: cmsLoader(COLLECTIONS.fields), schema: schemas.field }),
  categories: defineCollection({ loader: cmsLoader(COLLECTIONS.categories), schema: schemas.category }),
  tags: defineCollection({ loader: cmsLoader(COLLECTIONS.tags), schema: schemas.tag }),
  // The about page is written in the repository (MDX), one file per locale: src/content/about/<locale>.mdx.
  about: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/about' }),
    schema: z.object({ title: z.string(), description: z.string() }),
  }),
};
