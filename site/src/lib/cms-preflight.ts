import type { AstroIntegration } from 'astro';
import { documents } from '@atlas/shared';
import { createCmsClient } from './cms-client.ts';
import type { CmsConfig } from './cms-config.ts';

interface Totals {
  articles_connection: { pageInfo: { total: number } };
  partnerships_connection: { pageInfo: { total: number } };
}

/**
 * Before Astro writes a single file: is the CMS up, does the token work, is there published content?
 * A build that fails here leaves the output folder as it was, and never produces an empty site.
 */
export function cmsPreflight(config: CmsConfig): AstroIntegration {
  return {
    name: 'atlas:cms-preflight',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build') return;
        const totals = await createCmsClient(config)<Totals>(documents.CONTENT_TOTALS, { locale: 'vi' });
        const articles = totals.articles_connection.pageInfo.total;
        const partnerships = totals.partnerships_connection.pageInfo.total;
        if (articles === 0 || partnerships === 0) {
          throw new Error(
            `The CMS at ${config.url.origin} returned ${articles} published articles and ${partnerships} partnerships: ` +
              'refusing to build an empty site (is CMS_TOKEN the site-build token, and is the content published?)',
          );
        }
        logger.info(`CMS ${config.url.origin}: ${articles} articles, ${partnerships} partnerships published`);
      },
    },
  };
}
