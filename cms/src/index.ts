import type { Core } from '@strapi/strapi';
import { registerPublishedOnlyForReaders } from './access/published-only';
import { ensureFirstAdmin } from './bootstrap/admin-account';
import { applyContentManagerViews } from './bootstrap/content-manager-views';
import { ensureLocales } from './bootstrap/locales';
import { configureNewsroomRoles } from './bootstrap/roles';
import { ensureSiteBuildToken } from './bootstrap/site-token';
import { setupSiteRebuild } from './rebuild';
import { seedDemoContent } from './seed';
import { registerContentRules } from './validation/content-rules';

let siteRebuild: Awaited<ReturnType<typeof setupSiteRebuild>> | null = null;

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    registerContentRules(strapi);
    registerPublishedOnlyForReaders(strapi);
    siteRebuild = await setupSiteRebuild(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureLocales(strapi);
    await applyContentManagerViews(strapi);
    await ensureFirstAdmin(strapi);
    await configureNewsroomRoles(strapi);
    await ensureSiteBuildToken(strapi);
    if (process.env.ATLAS_SEED_DEMO !== 'false') await seedDemoContent(strapi);
    siteRebuild?.bootstrap();
  },

  destroy() {
    siteRebuild?.destroy();
  },
};
