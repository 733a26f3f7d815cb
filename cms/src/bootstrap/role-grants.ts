/**
 * The grant-once rule of the newsroom roles, as a pure function (unit-tested without Strapi).
 *
 * A ledger remembers what this project has granted before: per role, action and subject, the grant
 * and the fields and locales it covered. On every boot, for each permission the project wants:
 * - never granted: it is granted — created, or, when the role already holds it (Strapi's own default
 *   rows), widened to cover what the project wants;
 * - granted before and still held: only fields and locales new since then are added (a field added to
 *   a content type, a locale added to the project); anything else an administrator changed stays;
 * - granted before and no longer held: an administrator removed it, and it stays removed.
 * Nothing is ever narrowed: no permission is removed, no field, locale or condition taken away.
 */

/** The properties Strapi's role editor saves on content-type permissions. */
export interface PermissionProperties {
  fields?: string[] | null;
  locales?: string[] | null;
  [other: string]: unknown;
}

/** A permission as Strapi's admin permission service returns and accepts it. */
export interface RolePermission {
  id?: number | string;
  action: string;
  subject: string | null;
  properties: PermissionProperties;
  conditions: string[];
  actionParameters?: Record<string, unknown>;
}

export interface GrantRecord {
  fields?: string[];
  locales?: string[];
}
/** Keyed by `grantKey`; stored in Strapi's core store between boots. */
export type GrantLedger = Record<string, GrantRecord>;

export interface GrantPlan {
  /** The role's whole permission list after the grants (what `assignPermissions` expects). */
  permissions: RolePermission[];
  /** One line per permission created or widened; empty when the role needs no change. */
  changes: string[];
  ledger: GrantLedger;
}

const GRANTED_PROPERTIES = ['fields', 'locales'] as const;
type GrantedProperty = (typeof GRANTED_PROPERTIES)[number];

export function grantKey(roleCode: string, permission: Pick<RolePermission, 'action' | 'subject'>): string {
  return `${roleCode} ${permission.action} ${permission.subject ?? '-'}`;
}

/**
 * Whether a stored value already grants every possible value. Strapi's engine reads absent `fields`
 * as "no field restriction" (an empty list as "no field"); i18n reads `locales: null` as every locale
 * but an absent `locales` as none (`locale $in []`).
 */
function coversEverything(property: GrantedProperty, value: string[] | null | undefined): boolean {
  return property === 'fields' ? value === null || value === undefined : value === null;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** The permission with `values` added to its properties; a new object, without the row's id (Strapi re-creates changed rows). */
function withValues(held: RolePermission, values: GrantRecord): RolePermission {
  const { id: _replacedRow, ...rest } = held;
  const properties = { ...held.properties };
  for (const property of GRANTED_PROPERTIES) {
    const wanted = values[property];
    if (!wanted || coversEverything(property, properties[property])) continue;
    properties[property] = union(properties[property] ?? [], wanted);
  }
  return { ...rest, properties };
}

function sameGrant(a: RolePermission, b: RolePermission): boolean {
  return JSON.stringify([a.properties, a.conditions]) === JSON.stringify([b.properties, b.conditions]);
}

function recordOf(permission: RolePermission): GrantRecord {
  const record: GrantRecord = {};
  for (const property of GRANTED_PROPERTIES) {
    const values = permission.properties[property];
    if (Array.isArray(values)) record[property] = [...values];
  }
  return record;
}

/** What `wanted` covers that the ledger's record of it does not. */
function newSince(record: GrantRecord, wanted: RolePermission): GrantRecord | null {
  const additions: GrantRecord = {};
  for (const property of GRANTED_PROPERTIES) {
    const values = wanted.properties[property];
    if (!Array.isArray(values)) continue;
    const fresh = values.filter((value) => !(record[property] ?? []).includes(value));
    if (fresh.length > 0) additions[property] = fresh;
  }
  return Object.keys(additions).length > 0 ? additions : null;
}

export function planGrants(roleCode: string, wanted: RolePermission[], held: RolePermission[], ledger: GrantLedger): GrantPlan {
  const permissions = [...held];
  const nextLedger: GrantLedger = { ...ledger };
  const changes: string[] = [];
  for (const permission of wanted) {
    const key = grantKey(roleCode, permission);
    const index = permissions.findIndex((p) => p.action === permission.action && (p.subject ?? null) === (permission.subject ?? null));
    const current = index === -1 ? undefined : permissions[index];
    const record = ledger[key];

    if (!record) {
      if (!current) {
        permissions.push(permission);
        changes.push(`granted ${key}`);
      } else {
        // A condition narrows a permission: the first grant keeps only conditions the project wants too.
        const widened = { ...withValues(current, recordOf(permission)), conditions: current.conditions.filter((c) => permission.conditions.includes(c)) };
        if (!sameGrant(widened, current)) {
          permissions[index] = widened;
          changes.push(`widened ${key}`);
        }
      }
      nextLedger[key] = recordOf(permission);
      continue;
    }

    // Granted before but no longer held: an administrator removed it.
    if (!current) continue;
    const additions = newSince(record, permission);
    if (!additions) continue;
    const widened = withValues(current, additions);
    if (!sameGrant(widened, current)) {
      permissions[index] = widened;
      changes.push(`added ${JSON.stringify(additions)} to ${key}`);
    }
    nextLedger[key] = {
      ...record,
      ...Object.fromEntries(GRANTED_PROPERTIES.filter((p) => additions[p]).map((p) => [p, union(record[p] ?? [], additions[p] ?? [])])),
    };
  }
  return { permissions, changes, ledger: nextLedger };
}

/** The stored ledger, or an empty one when nothing (or something unreadable) is stored. */
export function readLedger(stored: unknown): GrantLedger {
  if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
  return stored as GrantLedger;
}
