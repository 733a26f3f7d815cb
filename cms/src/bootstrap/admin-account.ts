import type { Core } from '@strapi/strapi';

/**
 * The first admin account, from ATLAS_ADMIN_EMAIL / ATLAS_ADMIN_PASSWORD when both are set and no admin
 * exists yet (the start script generates them on first run; tests set their own). Without them Strapi's
 * own first-run registration page applies.
 */
interface AdminUserService {
  exists(): Promise<boolean>;
  create(user: object): Promise<unknown>;
}
interface AdminRoleService {
  getSuperAdmin(): Promise<{ id: number } | null>;
}

export async function ensureFirstAdmin(strapi: Core.Strapi): Promise<void> {
  const email = process.env.ATLAS_ADMIN_EMAIL;
  const password = process.env.ATLAS_ADMIN_PASSWORD;
  if (!email || !password) return;
  // Strapi types services as an open record (`Core.Service`): these are the methods of 5.54 used here.
  const users = strapi.service('admin::user') as AdminUserService;
  if (await users.exists()) return;
  const superAdmin = await (strapi.service('admin::role') as AdminRoleService).getSuperAdmin();
  if (!superAdmin) throw new Error('The Super Admin role is missing: the admin panel was not initialised.');
  await users.create({
    email,
    password,
    firstname: 'Atlas',
    lastname: 'Editor',
    isActive: true,
    roles: [superAdmin.id],
  });
  strapi.log.info(`[atlas] created the first admin account ${email}`);
}
