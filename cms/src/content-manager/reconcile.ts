import type { EditLayout, FieldMetadataPart, ManagedParts, SettingsPart } from './parts';
import { sameValue as same } from './same-value';

/**
 * Decides, part by part, whether this boot may write the project's configuration of one model, or must
 * keep what an administrator set in "Configure the view". A part is written when it still holds what
 * the project applied last time (or when nothing was ever applied); otherwise the administrator's
 * version stays and the part is reported as kept. Pure: the bootstrap feeds it what it read.
 */

/** What the project last applied to one model, kept in Strapi's store between boots. */
export interface AppliedRecord {
  /**
   * The model's editable fields at that time. Strapi's boot-time sync appends a field added to the
   * schema since then to the layouts, and drops a removed one; those fields are left out of the
   * comparison so that sync is not mistaken for an administrator's change.
   */
  attributes: string[];
  settings?: SettingsPart;
  metadatas: Record<string, FieldMetadataPart>;
  list?: string[];
  edit?: EditLayout;
}

export interface ReconcileInput {
  /** The managed parts as Strapi stores them now (same fields and parts as `desired`). */
  current: ManagedParts;
  desired: ManagedParts;
  applied: AppliedRecord | undefined;
  /** The model's editable fields now. */
  attributes: string[];
}

export interface Reconciliation {
  /** Parts to write; an absent part is left as stored. */
  write: { settings?: SettingsPart; metadatas: Record<string, FieldMetadataPart>; list?: string[]; edit?: EditLayout };
  /** Parts kept as an administrator left them, e.g. `metadatas.coverAlt`, `list`. */
  kept: string[];
  /** What to remember as applied. A kept part keeps its old record, so the administrator's version is never taken for ours. */
  record: AppliedRecord;
}

type Verdict = 'unchanged' | 'write' | 'keep';

/**
 * `untouched`: the stored value is still what was applied. `pristine`: with nothing applied yet, the
 * stored value is Strapi's default (not something an administrator chose).
 */
function decide<T>(current: T, desired: T, applied: T | undefined, untouched: (current: T, applied: T) => boolean, pristine: (current: T) => boolean): Verdict {
  if (same(current, desired)) return 'unchanged';
  if (applied === undefined) return pristine(current) ? 'write' : 'keep';
  return untouched(current, applied) ? 'write' : 'keep';
}

/** Strapi's default texts: the attribute name as label, no description. */
const isDefaultMetadata = (field: string) => (meta: FieldMetadataPart) => meta.label === field && meta.listLabel === field && !meta.description;

function comparableFields(applied: AppliedRecord, attributesNow: string[]): Set<string> {
  const now = new Set(attributesNow);
  return new Set(applied.attributes.filter((name) => now.has(name)));
}

const projectList = (list: string[], keep: Set<string>) => list.filter((name) => keep.has(name));
const projectEdit = (layout: EditLayout, keep: Set<string>) => layout.map((row) => row.filter((cell) => keep.has(cell.name))).filter((row) => row.length > 0);

/** Strapi's sync resets a title or sort field the schema lost: that is not an administrator's choice. */
function settingsUntouched(current: SettingsPart, applied: SettingsPart, attributesNow: string[]): boolean {
  const named = [applied.mainField, applied.defaultSortBy.split('.')[0] ?? ''].filter((name) => name !== 'id');
  return same(current, applied) || named.some((name) => !attributesNow.includes(name));
}

export function reconcile({ current, desired, applied, attributes }: ReconcileInput): Reconciliation {
  const write: Reconciliation['write'] = { metadatas: {} };
  const kept: string[] = [];
  const record: AppliedRecord = { attributes: [...attributes], metadatas: {} };
  const comparable = applied ? comparableFields(applied, attributes) : new Set<string>();

  /** What to write and to remember for one part; a kept part is named and keeps its old record. */
  function settle<T>(part: string, verdict: Verdict, wanted: T, before: T | undefined): { write?: T; record?: T } {
    if (verdict !== 'keep') return { write: verdict === 'write' ? wanted : undefined, record: wanted };
    kept.push(part);
    return { record: before };
  }

  const settings = settle(
    'settings',
    decide(
      current.settings,
      desired.settings,
      applied?.settings,
      (c, a) => settingsUntouched(c, a, attributes),
      () => true,
    ),
    desired.settings,
    applied?.settings,
  );
  if (settings.write) write.settings = settings.write;
  if (settings.record) record.settings = settings.record;

  for (const [field, wanted] of Object.entries(desired.metadatas)) {
    const stored = current.metadatas[field] ?? { label: field, description: '', listLabel: field };
    const before = applied?.metadatas[field];
    const meta = settle(`metadatas.${field}`, decide(stored, wanted, before, same, isDefaultMetadata(field)), wanted, before);
    if (meta.write) write.metadatas[field] = meta.write;
    if (meta.record) record.metadatas[field] = meta.record;
  }

  if (desired.list && current.list) {
    const untouched = (c: string[], a: string[]) => same(projectList(c, comparable), projectList(a, comparable));
    const list = settle(
      'list',
      decide(current.list, desired.list, applied?.list, untouched, () => true),
      desired.list,
      applied?.list,
    );
    if (list.write) write.list = list.write;
    if (list.record) record.list = list.record;
  }

  const untouchedEdit = (c: EditLayout, a: EditLayout) => same(projectEdit(c, comparable), projectEdit(a, comparable));
  const edit = settle(
    'edit',
    decide(current.edit, desired.edit, applied?.edit, untouchedEdit, () => true),
    desired.edit,
    applied?.edit,
  );
  if (edit.write) write.edit = edit.write;
  if (edit.record) record.edit = edit.record;

  return { write, kept, record };
}

/** True when the reconciliation writes nothing. */
export function writesNothing(write: Reconciliation['write']): boolean {
  return !write.settings && !write.list && !write.edit && Object.keys(write.metadatas).length === 0;
}
