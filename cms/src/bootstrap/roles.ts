import type { Core } from '@strapi/strapi';
import { NEWSROOM_ROLES, newsroomPermissions } from './newsroom-permissions';
import { planGrants, readLedger, type RolePermission } from './role-grants';

/**
 * The newsroom roles, configured at every boot (after Strapi's admin has created its default roles):
 * Author writes its own drafts, Editor publishes and manages everything (newsroom-permissions.ts).
 * Each permission is granted once (role-grants.ts); the ledger of what was granted lives in Strapi's
 * core store, so an administrator's later change to a role is kept.
 *
 * The role is changed through the role service's `assignPermissions`, the same call that saves a role
 * in the admin's role editor (and re-syncs the admin API tokens of the role's users).
 */
const LEDGER = { type: 'core', name: 'atlas', key: 'roles-granted' } as const;

interface AdminRoleService {
  findOne(where: { code: string }): Promise<{ id: number; name: string } | null>;
  assignPermissions(roleId: number, permissions: RolePermission[]): Promise<unknown>;
}
interface AdminPermissionService {
  findMany(params: { where: object }): Promise<RolePermission[]>;
}

export async function configureNewsroomRoles(strapi: Core.Strapi): Promise<void> {
  // Strapi types services as an open record (`Core.Service`): these are the methods of 5.54 used here.
  const roles = strapi.service('admin::role') as AdminRoleService;
  const permissions = strapi.service('admin::permission') as AdminPermissionService;
  const store = strapi.store({ type: LEDGER.type, name: LEDGER.name });
  const stored = readLedger(await store.get({ key: LEDGER.key }));
  let ledger = stored;

  for (const code of Object.values(NEWSROOM_ROLES)) {
    const role = await roles.findOne({ code });
    if (!role) {
      // Deleted by an administrator: not re-created, for the same reason removed permissions are not.
      strapi.log.warn(`[atlas] roles: no admin role with code ${code}; its newsroom permissions were not granted`);
      continue;
    }
    const held = await permissions.findMany({ where: { role: { id: role.id } } });
    const plan = planGrants(code, await newsroomPermissions(strapi, code), held, ledger);
    if (plan.changes.length > 0) {
      await roles.assignPermissions(role.id, plan.permissions);
      strapi.log.debug(`[atlas] roles:\n  ${plan.changes.join('\n  ')}`);
      strapi.log.info(`[atlas] roles: ${role.name} (${code}) — ${plan.changes.length} permission(s) granted or widened`);
    }
    ledger = plan.ledger;
  }
  // Written after the grants: a boot that stops in between leaves grants unrecorded, and the next boot
  // finds them held and records them without granting twice.
  if (JSON.stringify(ledger) !== JSON.stringify(stored)) await store.set({ key: LEDGER.key, value: ledger });
}
