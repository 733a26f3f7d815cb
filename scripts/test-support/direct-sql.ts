import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR } from '../lib/paths.ts';
import type { CmsUnderTest } from './cms-under-test.ts';

/**
 * Writes straight into the CMS's database, around Strapi, as an old import or a hand edit would: the
 * only way content that breaks the rules can reach the site build now that the CMS refuses it. The
 * drivers are the CMS's own (better-sqlite3, pg). `$1`, `$2`… are the parameters on both databases.
 */
const fromCms = createRequire(path.join(CMS_DIR, 'package.json'));

interface SqliteDatabase {
  prepare(sql: string): { run(...params: unknown[]): unknown };
  close(): void;
}
interface PgClient {
  connect(): Promise<void>;
  query(sql: string, params: unknown[]): Promise<unknown>;
  end(): Promise<void>;
}

export async function runSql(cms: CmsUnderTest, sql: string, params: unknown[] = []): Promise<void> {
  if (cms.database.client === 'sqlite') {
    const Database = fromCms('better-sqlite3') as new (file: string) => SqliteDatabase;
    const db = new Database(cms.database.filename);
    try {
      db.prepare(sql.replace(/\$\d+/g, '?')).run(...params);
    } finally {
      db.close();
    }
    return;
  }
  const { Client } = fromCms('pg') as { Client: new (config: Record<string, unknown>) => PgClient };
  const client = new Client({ host: '127.0.0.1', port: 5432, user: 'postgres', database: cms.database.name });
  await client.connect();
  try {
    await client.query(sql, params);
  } finally {
    await client.end();
  }
}

/** "Now" as each database stores Strapi's timestamps: milliseconds in SQLite, a timestamp in PostgreSQL. */
export const nowFor = (cms: CmsUnderTest): number | Date => (cms.database.client === 'sqlite' ? Date.now() : new Date());
