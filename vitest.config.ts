import { defineConfig } from 'vitest/config';
import { ensureSharedBuilt } from './scripts/lib/shared.ts';

// Tests, the integration setup and the code they load import @atlas/shared, which resolves to shared/dist/:
// it must be current before Vitest resolves any of them, and this file is the one thing loaded before.
await ensureSharedBuilt((line) => console.error(`[shared] ${line}`));

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['shared/test/**/*.test.ts', 'cms/test/unit/**/*.test.ts', 'site/test/unit/**/*.test.ts', 'scripts/test/**/*.test.ts'],
        },
      },
      {
        // One real Strapi per run (SQLite or PostgreSQL, from ATLAS_TEST_DB), shared by the files in turn.
        test: {
          name: 'integration',
          include: ['cms/test/integration/**/*.test.ts', 'site/test/integration/**/*.test.ts'],
          globalSetup: ['scripts/test-support/cms-instance.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
