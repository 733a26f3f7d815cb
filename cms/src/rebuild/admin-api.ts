import type { Core } from '@strapi/strapi';
import type { RebuildConfig } from './config';
import type { DeliveryReport } from './delivery';
import type { RebuildScheduler } from './scheduler';

/**
 * What editors see in the admin: GET /admin/site-build/status (any admin) and POST
 * /admin/site-build/rebuild (admins holding the "Rebuild the site" permission, under Settings → Roles).
 */
export const REBUILD_ACTION = 'api::site-build.rebuild';

export interface SiteBuildState {
  config: RebuildConfig;
  scheduler: RebuildScheduler;
  lastDelivery: () => DeliveryReport | null;
}

async function builderStatus(statusUrl: string): Promise<unknown> {
  if (!statusUrl) return null;
  try {
    const response = await fetch(statusUrl, { signal: AbortSignal.timeout(3000) });
    return response.ok ? await response.json() : { error: `the builder answered HTTP ${response.status}` };
  } catch (error) {
    return { error: `the builder at ${statusUrl} cannot be reached: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The part of the admin's permission service used here (Strapi types its services loosely). */
interface PermissionService {
  actionProvider: { registerMany(actions: Array<{ uid: string; displayName: string; section: string; category: string }>): Promise<void> };
}

/**
 * In the register phase: the admin's bootstrap grants the super admin every registered action and
 * deletes stored permissions whose action is unknown, so registering later would lose both.
 */
export async function registerRebuildPermission(strapi: Core.Strapi): Promise<void> {
  await (strapi.service('admin::permission') as PermissionService).actionProvider.registerMany([
    { uid: 'site-build.rebuild', displayName: 'Rebuild the site', section: 'settings', category: 'site build' },
  ]);
}

/** In the register phase: routes added later are never mounted. */
export function registerSiteBuildAdminApi(strapi: Core.Strapi, state: SiteBuildState): void {
  strapi.server.routes({
    type: 'admin',
    // The admin API has no prefix of its own: each plugin names its own, as this does.
    prefix: '/admin',
    routes: [
      {
        method: 'GET',
        path: '/site-build/status',
        handler: async (ctx: { body: unknown }) => {
          ctx.body = {
            target: state.config.target,
            pending: state.scheduler.pendingStatus(),
            lastDelivery: state.lastDelivery(),
            builder: await builderStatus(state.config.statusUrl),
          };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { type: 'admin' },
      },
      {
        method: 'POST',
        path: '/site-build/rebuild',
        handler: async (ctx: { status: number; body: unknown }) => {
          await state.scheduler.flush('manual');
          ctx.status = 202;
          ctx.body = { lastDelivery: state.lastDelivery() };
        },
        config: { policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [REBUILD_ACTION] } }] },
        info: { type: 'admin' },
      },
    ],
  });
}
