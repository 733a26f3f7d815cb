/**
 * The CMS's GraphQL schema is committed (shared/graphql/schema.graphql) and the site's typed queries are
 * generated from it. This fails when the schema the CMS serves drifts from the committed one; run
 * `./pnpmw run schema:update` to export it afresh (then `./pnpmw run codegen`).
 * Introspection is off in production, so the check runs in the development pass (SQLite).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../../../scripts/lib/paths.ts';
import { graphql } from '../../../scripts/test-support/cms-http.ts';

const cms = inject('cms');
const SCHEMA_FILE = path.join(ROOT, 'shared', 'graphql', 'schema.graphql');
const HEADER = '# The GraphQL schema the CMS serves, exported by `./pnpmw run schema:update`. Do not edit.\n\n';

describe.skipIf(cms.production)('the committed GraphQL schema', () => {
  it('is the schema the CMS serves', async () => {
    const answer = await graphql<IntrospectionQuery>(cms, getIntrospectionQuery());
    expect(answer.errors).toBeUndefined();
    if (!answer.data) throw new Error('no introspection answer');
    const served = HEADER + printSchema(lexicographicSortSchema(buildClientSchema(answer.data))) + '\n';
    if (process.env.ATLAS_UPDATE_SCHEMA === '1') await writeFile(SCHEMA_FILE, served);
    const committed = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');
    expect(committed, 'shared/graphql/schema.graphql is stale: run ./pnpmw run schema:update').toBe(served);
  });
});
