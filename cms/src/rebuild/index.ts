import type { Core } from '@strapi/strapi';
import { registerRebuildPermission, registerSiteBuildAdminApi } from './admin-api';
import { watchContentChanges } from './change-events';
import { readRebuildConfig } from './config';
import { deliver, type DeliveryReport } from './delivery';
import { RebuildScheduler } from './scheduler';

/**
 * Rebuild on publish: content changes are watched (change-events), coalesced (scheduler), and delivered
 * signed to the configured target (delivery). Strapi's own webhooks are not used: they fire twice per
 * publish, never for bulk deletes, try once and cannot be signed.
 */
export async function setupSiteRebuild(strapi: Core.Strapi): Promise<{ bootstrap: () => void; destroy: () => void }> {
  const config = readRebuildConfig(strapi);
  let lastDelivery: DeliveryReport | null = null;
  const scheduler = new RebuildScheduler({
    quietMs: config.quietMs,
    maxWaitMs: config.maxWaitMs,
    send: async (trigger) => {
      if (config.target === 'none') return;
      lastDelivery = await deliver(config, trigger);
      const summary = `${trigger.reason} rebuild, ${trigger.changes.length} change(s), delivery ${lastDelivery.deliveryId}`;
      if (lastDelivery.ok) strapi.log.info(`[site-build] ${summary} delivered to ${config.target}`);
      else strapi.log.error(`[site-build] ${summary} FAILED after ${lastDelivery.attempts} attempt(s): ${lastDelivery.error}`);
    },
  });
  // Changes made while the CMS boots (the demo seed) are not sent: whoever starts the CMS builds the
  // site once it is up anyway.
  let booted = false;
  if (config.target !== 'none') watchContentChanges(strapi, (change) => booted && scheduler.add(change));
  registerSiteBuildAdminApi(strapi, { config, scheduler, lastDelivery: () => lastDelivery });
  await registerRebuildPermission(strapi);
  return {
    bootstrap: () => {
      booted = true;
    },
    destroy: () => scheduler.stop(),
  };
}
