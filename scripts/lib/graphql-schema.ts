import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, type IntrospectionQuery } from 'graphql';
import { ROOT } from './paths.ts';

/**
 * The CMS's GraphQL schema as committed (shared/graphql/schema.graphql, which codegen types the site's
 * queries against). `./pnpmw run schema:update` writes it and an integration test compares it with what
 * the CMS serves; both go through this module, so the file and the check cannot disagree on its form.
 */
export const SCHEMA_FILE = path.join(ROOT, 'shared', 'graphql', 'schema.graphql');
const HEADER = '# The GraphQL schema the CMS serves, exported by `./pnpmw run schema:update`. Do not edit.\n\n';

/** Asks a CMS for its schema (introspection answers only outside production). */
export async function fetchIntrospection(cmsUrl: string, token: string): Promise<IntrospectionQuery> {
  const response = await fetch(`${cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const answer = (await response.json()) as { data?: IntrospectionQuery; errors?: Array<{ message: string }> };
  if (!response.ok || answer.errors || !answer.data) {
    throw new Error(`introspection failed (${response.status}): ${JSON.stringify(answer.errors ?? answer).slice(0, 2000)}`);
  }
  return answer.data;
}

/** The file's text: types and fields sorted, so that it changes only when the schema does. */
export function schemaFileText(introspection: IntrospectionQuery): string {
  return HEADER + printSchema(lexicographicSortSchema(buildClientSchema(introspection))) + '\n';
}
