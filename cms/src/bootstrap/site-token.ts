import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * The site build reads the CMS with this token: read-only (find and findOne on the content API, which
 * serves published content only unless asked for drafts, and drafts need more than read-only access).
 * Strapi keeps the key encrypted with ENCRYPTION_KEY, so it can be handed out again on every boot.
 */
export const SITE_TOKEN_NAME = 'site-build';

interface ApiTokenService {
  getByName(name: string, options?: { includeDecryptedKey?: boolean }): Promise<{ id: number; type: string; accessKey?: string } | null>;
  create(attributes: object): Promise<{ accessKey: string }>;
  revoke(id: number): Promise<unknown>;
}

export async function ensureSiteBuildToken(strapi: Core.Strapi): Promise<void> {
  // Strapi types services as an open record (`Core.Service`): these are the methods of 5.54 used here.
  const tokens = strapi.service('admin::api-token-content-api') as ApiTokenService;
  let token = await tokens.getByName(SITE_TOKEN_NAME, { includeDecryptedKey: true });
  if (token && (token.type !== 'read-only' || !token.accessKey)) {
    // Someone widened the token, or its key cannot be decrypted any more: replace it.
    await tokens.revoke(token.id);
    token = null;
  }
  const accessKey =
    token?.accessKey ??
    (
      await tokens.create({
        name: SITE_TOKEN_NAME,
        description: 'Used by the static site build (read-only, published content).',
        type: 'read-only',
        lifespan: null,
      })
    ).accessKey;

  // For local runs the start script and the tests pick the key up from a git-ignored file.
  const file = process.env.ATLAS_SITE_TOKEN_FILE;
  if (file) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, accessKey, { mode: 0o600 });
  }
}
