/**
 * The CMS's GraphQL schema is committed (shared/graphql/schema.graphql) and the site's typed queries are
 * generated from it. This fails when the schema the CMS serves drifts from the committed one; run
 * `./pnpmw run schema:update` to export it afresh and regenerate the types. The export and this check
 * fetch and print the schema with the same code (scripts/lib/graphql-schema.ts).
 * Introspection is off in production, so the check runs in the development pass (SQLite).
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, it } from 'vitest';
import { fetchIntrospection, SCHEMA_FILE, schemaFileText } from '../../../scripts/lib/graphql-schema.ts';

const cms = inject('cms');

describe.skipIf(cms.production)('the committed GraphQL schema', () => {
  it('is the schema the CMS serves', async () => {
    const served = schemaFileText(await fetchIntrospection(cms.url, cms.buildToken));
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    expect(committed, 'shared/graphql/schema.graphql is stale: run ./pnpmw run schema:update').toBe(served);
  });
});
