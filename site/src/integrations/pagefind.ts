import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Indexes the built pages with Pagefind into `<outDir>/pagefind/`, inside the same build, so a
 * release never goes live without its search index. Pagefind splits the index by `<html lang>` (one
 * per language) and folds diacritics (since 1.5), so `ha noi` finds `Hà Nội`. Only elements marked
 * `data-pagefind-body` (article, partnership and delegation pages) are indexed; their filters come
 * from SearchFacets.astro. An indexing error fails the build.
 */
export function pagefind(): AstroIntegration {
  return {
    name: 'atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
