import type { Core } from '@strapi/strapi';

export type RebuildTarget = 'none' | 'local' | 'hook' | 'github';

export interface RebuildConfig {
  target: RebuildTarget;
  url: string;
  secret: string;
  statusUrl: string;
  github: { repository: string; token: string; eventType: string };
  quietMs: number;
  maxWaitMs: number;
  maxAttempts: number;
  retryBaseMs: number;
}

/** Reads config/rebuild.ts and refuses a target that lacks what it needs, naming the variable. */
export function readRebuildConfig(strapi: Core.Strapi): RebuildConfig {
  const config = strapi.config.get<RebuildConfig>('rebuild');
  const missing = (name: string) => new Error(`REBUILD_TARGET=${config.target} needs ${name}`);
  switch (config.target) {
    case 'none':
      break;
    case 'local':
    case 'hook':
      if (!config.url) throw missing('REBUILD_URL');
      if (!config.secret) throw missing('REBUILD_SECRET');
      break;
    case 'github':
      if (!config.github.repository) throw missing('REBUILD_GITHUB_REPOSITORY');
      if (!config.github.token) throw missing('REBUILD_GITHUB_TOKEN');
      break;
    default:
      throw new Error(`Unknown REBUILD_TARGET "${String(config.target)}": use none, local, hook or github`);
  }
  return config;
}
