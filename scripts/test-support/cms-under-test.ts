/** What the integration tests know of the Strapi their global setup started. */
export interface CmsUnderTest {
  url: string;
  db: 'sqlite' | 'postgres';
  /** The read-only token the site build uses. */
  buildToken: string;
  adminEmail: string;
  adminPassword: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    cms: CmsUnderTest;
  }
}
