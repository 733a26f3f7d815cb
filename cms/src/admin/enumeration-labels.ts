import { ACTION_STATUSES, DELEGATION_DIRECTIONS, INSTRUMENTS, LOCALITY_LEVELS, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES } from '@atlas/shared/model';

/**
 * Names for the values of the schemas' enumerations, from the vocabulary the site prints them with.
 * The content manager's select shows each option through `formatMessage({ id: value })`
 * (@strapi/admin EnumerationInput), so these become translation ids: editors pick "Kết nghĩa", the
 * database keeps `twinning`. (List cells show the raw value: Strapi does not translate those.)
 */
const VOCABULARIES: ReadonlyArray<Readonly<Record<string, Readonly<Record<'vi' | 'en', string>>>>> = [
  PARTNERSHIP_TYPES,
  PARTNERSHIP_STATUSES,
  LOCALITY_LEVELS,
  DELEGATION_DIRECTIONS,
  INSTRUMENTS,
  ACTION_STATUSES,
];

export function enumerationLabels(locale: 'vi' | 'en'): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const vocabulary of VOCABULARIES) {
    for (const [value, names] of Object.entries(vocabulary)) labels[value] = names[locale];
  }
  return labels;
}
