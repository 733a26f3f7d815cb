import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

// Every secret comes from the environment and none has a default (scripts/lib/secrets.ts writes cms/.env).
const config = (): Core.Config.Admin => ({
  auth: { secret: requiredEnv('ADMIN_JWT_SECRET') },
  apiToken: { salt: requiredEnv('API_TOKEN_SALT') },
  transfer: { token: { salt: requiredEnv('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requiredEnv('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
});

export default config;
