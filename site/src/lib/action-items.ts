import { ACTION_STATUSES, type SiteLocale } from '@atlas/shared';
import type { FieldData, PeriodView } from './catalog.ts';

type ActionItem = PeriodView['actionItems'][number];

export interface FieldGroup {
  field: FieldData | null;
  label: string;
  statuses: Array<{ progress: string; items: ActionItem[] }>;
}

/**
 * A cooperation period's action items grouped by field (by field name, items with no field last) and,
 * inside a field, by status in the order planned → in progress → done.
 */
export function actionItemsByField(period: Pick<PeriodView, 'actionItems'>, noFieldLabel: string, locale: SiteLocale): FieldGroup[] {
  const statusOrder = Object.keys(ACTION_STATUSES);
  const rank = (progress: string) => (statusOrder.includes(progress) ? statusOrder.indexOf(progress) : statusOrder.length);
  const groups = new Map<string, FieldGroup>();
  for (const item of period.actionItems) {
    const key = item.field?.documentId ?? '';
    const group = groups.get(key) ?? { field: item.field, label: item.field?.name ?? noFieldLabel, statuses: [] };
    const status = group.statuses.find((s) => s.progress === item.progress) ?? { progress: item.progress, items: [] };
    if (!group.statuses.includes(status)) group.statuses.push(status);
    status.items.push(item);
    groups.set(key, group);
  }
  for (const group of groups.values()) group.statuses.sort((a, b) => rank(a.progress) - rank(b.progress));
  return [...groups.values()].sort((a, b) => (a.field === null ? 1 : b.field === null ? -1 : a.label.localeCompare(b.label, locale)));
}
