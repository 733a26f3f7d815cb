import type { z } from 'zod';
import type { SiteLocale } from '../dates.ts';
import type { EntryKind } from '../content-types.ts';
import * as entries from './entries.ts';
export { CONTENT_TYPE_UIDS, kindOfUid } from '../content-types.ts';
import type { RuleIssue } from '../validation.ts';
import { isRuleKey, ruleText, type RuleKey, type RuleParams } from './messages.ts';

/**
 * The content rules by collection, and how a broken rule is reported. `checkEntry` is what both the
 * CMS (before it publishes) and the site build (before it stores an entry) call.
 */
export const ENTRY_SCHEMAS = {
  articles: entries.article,
  partnerships: entries.partnership,
  delegations: entries.delegation,
  periods: entries.period,
  localities: entries.locality,
  countries: entries.country,
  fields: entries.field,
  categories: entries.category,
  tags: entries.tag,
} as const satisfies Record<EntryKind, z.ZodType>;
export type { EntryKind };
export type EntryOf<K extends EntryKind> = z.output<(typeof ENTRY_SCHEMAS)[K]>;

export interface EntryProblem {
  /** The attribute at fault, as the admin and the API name it; nested ones joined with dots (`leader.name`). */
  field: string;
  rule: RuleKey;
  params: RuleParams;
}

export type EntryCheck<K extends EntryKind> = { ok: true; entry: EntryOf<K> } | { ok: false; problems: EntryProblem[] };

function problemOf(issue: z.core.$ZodIssue): EntryProblem {
  const field = issue.path.map(String).join('.') || '(entry)';
  const params: RuleParams = issue.code === 'custom' ? ((issue.params ?? {}) as RuleParams) : {};
  if (isRuleKey(issue.message)) return { field, rule: issue.message, params };
  // A value of the wrong type where a value is required: the editor left it out (a cover not chosen).
  if (issue.code === 'invalid_type') return { field, rule: 'missing', params };
  return { field, rule: 'invalid', params };
}

/** The rules a draft must already meet (an end before its start is never a work in progress). */
export function checkDraft(kind: EntryKind, data: Record<string, unknown>): EntryProblem[] {
  const rules: ((entry: Record<string, unknown>) => RuleIssue[]) | undefined = (
    entries.CROSS_FIELD_RULES as Partial<Record<EntryKind, (entry: Record<string, unknown>) => RuleIssue[]>>
  )[kind];
  return (rules?.(data) ?? []).map((issue) => ({ field: issue.field, rule: issue.rule, params: issue.params ?? {} }));
}

export function checkEntry<K extends EntryKind>(kind: K, data: unknown): EntryCheck<K> {
  const checked = ENTRY_SCHEMAS[kind].safeParse(data);
  if (checked.success) return { ok: true, entry: checked.data as EntryOf<K> };
  return { ok: false, problems: checked.error.issues.map(problemOf) };
}

/** `title: must not be empty…` in English; the CMS passes the field's label and prints Vietnamese. */
export function describeProblem(problem: EntryProblem, locale: SiteLocale, label: (field: string) => string = (field) => field): string {
  const params = { ...problem.params, startLabel: typeof problem.params.startField === 'string' ? label(problem.params.startField) : undefined };
  return `${label(problem.field)} ${ruleText(problem.rule, locale, params)}`;
}

export { entries };
export { undrawableCharacters } from './entries.ts';
export type { RuleKey, RuleParams } from './messages.ts';
