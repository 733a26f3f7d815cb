import { describe, expect, it } from 'vitest';
import { grantKey, planGrants, readLedger, type GrantLedger, type RolePermission } from '../../src/bootstrap/role-grants.ts';

const EDITOR = 'strapi-editor';
const UPDATE = 'plugin::content-manager.explorer.update';
const PUBLISH = 'plugin::content-manager.explorer.publish';
const ARTICLE = 'api::article.article';

const update = (fields: string[] | undefined, locales: string[] | null | undefined, conditions: string[] = []): RolePermission => ({
  action: UPDATE,
  subject: ARTICLE,
  properties: { ...(fields === undefined ? {} : { fields }), ...(locales === undefined ? {} : { locales }) },
  conditions,
});
const publish: RolePermission = { action: PUBLISH, subject: ARTICLE, properties: { locales: ['vi', 'en'] }, conditions: [] };
const rebuild: RolePermission = { action: 'api::site-build.rebuild', subject: null, properties: {}, conditions: [] };
const held = (permission: RolePermission, id: number): RolePermission => ({ ...permission, id, actionParameters: {} });

describe('granting the newsroom permissions once', () => {
  it('grants everything on a first boot and records it', () => {
    const titleAndLead = update(['title', 'lead'], ['vi', 'en']);
    const wanted = [titleAndLead, publish, rebuild];
    const plan = planGrants(EDITOR, wanted, [], {});
    expect(plan.permissions).toEqual(wanted);
    expect(plan.changes).toHaveLength(3);
    expect(plan.ledger).toEqual({
      [grantKey(EDITOR, titleAndLead)]: { fields: ['title', 'lead'], locales: ['vi', 'en'] },
      [grantKey(EDITOR, publish)]: { locales: ['vi', 'en'] },
      [grantKey(EDITOR, rebuild)]: {},
    });
  });

  it('changes nothing on the next boot', () => {
    const wanted = [update(['title', 'lead'], ['vi', 'en']), publish];
    const first = planGrants(EDITOR, wanted, [], {});
    const rows = first.permissions.map((p, index) => held(p, index + 1));
    const second = planGrants(EDITOR, wanted, rows, first.ledger);
    expect(second.changes).toEqual([]);
    expect(second.permissions).toEqual(rows);
    expect(second.ledger).toEqual(first.ledger);
  });

  it('does not give back a permission an administrator removed', () => {
    const first = planGrants(EDITOR, [publish, rebuild], [], {});
    const afterAdmin = [held(rebuild, 2)];
    const plan = planGrants(EDITOR, [publish, rebuild], afterAdmin, first.ledger);
    expect(plan.changes).toEqual([]);
    expect(plan.permissions).toEqual(afterAdmin);
  });

  it('keeps fields, locales and conditions an administrator narrowed', () => {
    const wanted = [update(['title', 'lead'], ['vi', 'en'])];
    const first = planGrants(EDITOR, wanted, [], {});
    const narrowed = [held(update(['title'], ['vi'], ['admin::is-creator']), 7)];
    const plan = planGrants(EDITOR, wanted, narrowed, first.ledger);
    expect(plan.changes).toEqual([]);
    expect(plan.permissions).toEqual(narrowed);
  });

  it('adds only what is new since the last grant: a new field or locale', () => {
    const first = planGrants(EDITOR, [update(['title', 'lead'], ['vi'])], [], {});
    const narrowed = [held(update(['title'], ['vi']), 7)];
    const plan = planGrants(EDITOR, [update(['title', 'lead', 'source'], ['vi', 'en'])], narrowed, first.ledger);
    // `lead` was taken away by an administrator and stays away; `source` and `en` are new.
    expect(plan.permissions).toEqual([{ ...update(['title', 'source'], ['vi', 'en']), actionParameters: {} }]);
    expect(plan.ledger[grantKey(EDITOR, { action: UPDATE, subject: ARTICLE })]).toEqual({ fields: ['title', 'lead', 'source'], locales: ['vi', 'en'] });
  });

  it('grants a permission the project adds later, once', () => {
    const first = planGrants(EDITOR, [rebuild], [], {});
    const plan = planGrants(EDITOR, [rebuild, publish], [held(rebuild, 1)], first.ledger);
    expect(plan.changes).toEqual([`granted ${grantKey(EDITOR, publish)}`]);
    expect(plan.permissions).toEqual([held(rebuild, 1), publish]);
  });

  it("widens Strapi's default row on the first grant, keeping what it allowed beyond the project's wish", () => {
    // Strapi's default Editor row: every field, no locale (so no entry at all), a field the project does not list.
    const strapiDefault = held(update(['title', 'legacy'], undefined, ['admin::is-creator']), 3);
    const plan = planGrants(EDITOR, [update(['title', 'lead'], ['vi', 'en'])], [strapiDefault], {});
    expect(plan.changes).toEqual([`widened ${grantKey(EDITOR, strapiDefault)}`]);
    expect(plan.permissions).toEqual([{ ...update(['title', 'legacy', 'lead'], ['vi', 'en']), actionParameters: {} }]);
    expect(plan.permissions[0]).not.toHaveProperty('id');
  });

  it('never narrows "every field" or "every locale" into a list', () => {
    const everything = held(update(undefined, null), 4);
    const plan = planGrants(EDITOR, [update(['title'], ['vi', 'en'])], [everything], {});
    expect(plan.changes).toEqual([]);
    expect(plan.permissions).toEqual([everything]);
  });

  it('reads a missing or unreadable ledger as empty', () => {
    expect(readLedger(null)).toEqual({});
    expect(readLedger('nonsense')).toEqual({});
    const ledger: GrantLedger = { key: {} };
    expect(readLedger(ledger)).toBe(ledger);
  });
});
