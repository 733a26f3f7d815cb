/** The vocabulary in shared/ must list exactly the enumeration values the CMS schemas declare. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES, DELEGATION_DIRECTIONS, INSTRUMENTS, LOCALITY_LEVELS, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES } from '../src/model.ts';

const cms = new URL('../../cms/src/', import.meta.url);
function enumOf(file: string, attribute: string): string[] {
  const schema = JSON.parse(readFileSync(new URL(file, cms), 'utf8')) as { attributes: Record<string, { enum?: string[] }> };
  return schema.attributes[attribute]?.enum ?? [];
}

describe.each([
  ['api/partnership/content-types/partnership/schema.json', 'type', PARTNERSHIP_TYPES],
  ['api/partnership/content-types/partnership/schema.json', 'relationStatus', PARTNERSHIP_STATUSES],
  ['api/partnership/content-types/partnership/schema.json', 'level', LOCALITY_LEVELS],
  ['api/locality/content-types/locality/schema.json', 'level', LOCALITY_LEVELS],
  ['api/delegation/content-types/delegation/schema.json', 'direction', DELEGATION_DIRECTIONS],
  ['api/cooperation-period/content-types/cooperation-period/schema.json', 'instrument', INSTRUMENTS],
  ['components/cooperation/action-item.json', 'progress', ACTION_STATUSES],
])('%s → %s', (file, attribute, labels: Readonly<Record<string, Readonly<Record<'vi' | 'en', string>>>>) => {
  it('lists the same values, each labelled in both languages', () => {
    expect(Object.keys(labels).sort()).toEqual(enumOf(file, attribute).sort());
    for (const label of Object.values(labels)) {
      expect(label.vi).toBeTruthy();
      expect(label.en).toBeTruthy();
    }
  });
});
