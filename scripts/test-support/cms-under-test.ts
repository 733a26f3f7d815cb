/** What the integration tests know of the Strapi their global setup started. */
export interface CmsUnderTest {
  url: string;
  db: 'sqlite' | 'postgres';
  /** Where its data lives, for the tests that must write around Strapi (scripts/test-support/direct-sql.ts). */
  database: { client: 'sqlite'; filename: string } | { client: 'postgres'; name: string };
  /** The PostgreSQL pass runs Strapi as production does (NODE_ENV=production); the SQLite pass as development. */
  production: boolean;
  /** The read-only token the site build uses. */
  buildToken: string;
  adminEmail: string;
  adminPassword: string;
  /** An admin API token, from the one login of the global setup. */
  adminJwt: string;
  /** The local builder the CMS triggers, and the static server of the folder it keeps live. */
  site: { builderUrl: string; liveDir: string; liveUrl: string; quietMs: number };
  /**
   * The environment the CMS was started with (its secrets, database and NODE_ENV), so a test can boot a
   * second Strapi on the same database (second-boot.ts). Test secrets only, generated per run.
   */
  env: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    cms: CmsUnderTest;
  }
}
