import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  // No default: generated on first run; a missing key must stop the boot.
  app: { keys: requiredEnv('APP_KEYS').split(',') },
});

export default config;
