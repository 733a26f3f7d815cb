import type { BuildStatus } from '../builder/build-queue.ts';
import { http } from './cms-http.ts';
import type { CmsUnderTest } from './cms-under-test.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until the CMS holds no pending change and its builder neither runs nor queues, twice in a row.
 * A test file that changes published content ends with it, so the next file does not find the live
 * site swapped under it, nor a second Astro build running beside its own. Answers the builder's status
 * once calm (its history tells which builds ran).
 */
export async function siteSettled(cms: CmsUnderTest, adminJwt: string, timeoutMs = 300_000): Promise<BuildStatus> {
  const deadline = Date.now() + timeoutMs;
  let calmReadings = 0;
  while (Date.now() < deadline) {
    const [cmsSide, builder] = await Promise.all([
      http<{ pending: { changes: number } }>(`${cms.url}/admin/site-build/status`, { token: adminJwt }),
      http<BuildStatus>(`${cms.site.builderUrl}/status`),
    ]);
    const calm = cmsSide.body.pending.changes === 0 && builder.body.current === null && builder.body.waiting === null;
    calmReadings = calm ? calmReadings + 1 : 0;
    if (calmReadings === 2) return builder.body;
    await sleep(calm ? cms.site.quietMs + 1000 : 500);
  }
  throw new Error(`the CMS and builder did not settle within ${timeoutMs / 1000} s`);
}
