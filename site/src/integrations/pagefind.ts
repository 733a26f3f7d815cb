import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { withFoldedLetters } from './search-folding.ts';

/**
 * Indexes the built pages with Pagefind into `<outDir>/pagefind/`, inside the same build, so a
 * release never goes live without its search index. Pagefind keeps one index per `<html lang>` and
 * folds tone marks itself (since 1.5: `ha noi` finds `Hà Nội`); `đ` is a letter of its own, not a
 * mark, so each page is indexed with the folded spelling of its đ-words too (search-folding.ts), while
 * the page served stays as built. Only pages with a `data-pagefind-body` element (article, partnership
 * and delegation pages) are indexed; their filters come from SearchFacets.astro. Any error fails the build.
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
          const files = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith('.html'));
          let indexed = 0;
          for (const file of files) {
            const html = await readFile(path.join(outDir, file), 'utf8');
            if (!html.includes('data-pagefind-body')) continue;
            const url = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
            const added = await index.addHTMLFile({ url, content: withFoldedLetters(html) });
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
            indexed += 1;
          }
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${indexed} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
