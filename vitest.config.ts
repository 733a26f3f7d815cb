import { defineConfig } from 'vitest/config';

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
