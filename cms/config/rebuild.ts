import type { Core } from '@strapi/strapi';

/**
 * Where and how the CMS asks for a site rebuild when content changes (see src/rebuild/).
 * target: `none`, `local` (the project's builder), `hook` (a generic build-hook URL: Netlify, Cloudflare
 * Pages, Vercel style) or `github` (repository_dispatch). Secrets come only from the environment.
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  target: env('REBUILD_TARGET', 'none'),
  url: env('REBUILD_URL', ''),
  secret: env('REBUILD_SECRET', ''),
  statusUrl: env('REBUILD_STATUS_URL', ''),
  github: {
    repository: env('REBUILD_GITHUB_REPOSITORY', ''),
    token: env('REBUILD_GITHUB_TOKEN', ''),
    eventType: env('REBUILD_GITHUB_EVENT_TYPE', 'cms-content-changed'),
  },
  /** A burst of changes is delivered once it has been quiet this long… */
  quietMs: env.int('REBUILD_QUIET_MS', 3000),
  /** …or once its first change is this old, whichever comes first. */
  maxWaitMs: env.int('REBUILD_MAX_WAIT_MS', 30000),
  maxAttempts: env.int('REBUILD_MAX_ATTEMPTS', 5),
  retryBaseMs: env.int('REBUILD_RETRY_BASE_MS', 1000),
});
