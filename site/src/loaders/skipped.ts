import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeProblem, SKIPPED_REPORT_FOLDER, type EntryProblem, type SiteLocale, type SkippedEntryReport } from '@atlas/shared';
import type { LoaderContext } from 'astro/loaders';

/**
 * Entries the build leaves out because they break the content rules.
 *
 * The CMS refuses to publish such an entry, so one reaches the build only another way (content
 * published before a rule existed, a database edited by hand). The build then leaves that one entry out
 * — its page, and its place in lists and relation boxes — and says so loudly on every build until it is
 * fixed, rather than failing: one bad entry must not stop the whole newsroom from publishing. Each
 * warning names the entry, the field and what to do, and the list is written to the build report
 * (`<report dir>/skipped/<collection>.<locale>.json`), which the local builder shows in the admin.
 *
 * The list lives in the loader's meta, so an entry that is still broken but did not change since the
 * last build is reported again, and counted as known (not missing) by the incremental sync.
 */
export interface SkippedEntry {
  documentId: string;
  /** Its title or name as sent, to find it in the admin. */
  title: string;
  problems: string[];
  issues: EntryProblem[];
}

export interface SkippedRegistry {
  readonly size: number;
  has(documentId: string): boolean;
  add(documentId: string, title: string, problems: EntryProblem[]): void;
  delete(documentId: string): void;
  retain(documentIds: ReadonlySet<string>): void;
  clear(): void;
  /** Saves the list in the loader's meta, warns once per entry and writes the report file. */
  commit(): void;
}

const metaKey = (locale: SiteLocale) => `skipped:${locale}`;

/** Where the build report goes: ATLAS_BUILD_REPORT_DIR, or beside the Astro cache. */
export function buildReportDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.ATLAS_BUILD_REPORT_DIR ?? path.join(env.ATLAS_SITE_CACHE_DIR ?? path.join(process.cwd(), '.cache', 'astro'), 'report');
}

export function skippedEntries(
  context: LoaderContext,
  collection: string,
  label: string,
  locale: SiteLocale,
  adminUrl: (documentId: string) => string,
): SkippedRegistry {
  const entries = new Map<string, SkippedEntry>(readList(context.meta.get(metaKey(locale))).map((entry) => [entry.documentId, entry]));
  return {
    get size() {
      return entries.size;
    },
    has: (documentId) => entries.has(documentId),
    add: (documentId, title, problems) => {
      entries.set(documentId, { documentId, title, problems: problems.map((problem) => describeProblem(problem, 'en')), issues: problems });
    },
    delete: (documentId) => entries.delete(documentId),
    retain: (documentIds) => {
      for (const documentId of entries.keys()) if (!documentIds.has(documentId)) entries.delete(documentId);
    },
    clear: () => entries.clear(),
    commit: () => {
      const list = [...entries.values()];
      context.meta.set(metaKey(locale), JSON.stringify(list));
      for (const entry of list) {
        context.logger.warn(
          `SKIPPED ${label} "${entry.title}" (${locale}, ${entry.documentId}): ${entry.problems.join('; ')}. ` +
            `It is left out of the site until it is fixed in the CMS: ${adminUrl(entry.documentId)}`,
        );
      }
      writeReport(collection, locale, label, list, adminUrl);
    },
  };
}

function readList(raw: string | undefined): SkippedEntry[] {
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    // Lists saved before `issues` existed read as having none.
    return Array.isArray(parsed) ? (parsed as SkippedEntry[]).map((entry) => ({ ...entry, issues: entry.issues ?? [] })) : [];
  } catch {
    return [];
  }
}

function writeReport(collection: string, locale: SiteLocale, label: string, list: SkippedEntry[], adminUrl: (documentId: string) => string): void {
  const dir = path.join(buildReportDir(), SKIPPED_REPORT_FOLDER);
  const file = path.join(dir, `${collection}.${locale}.json`);
  if (list.length === 0) {
    rmSync(file, { force: true });
    return;
  }
  mkdirSync(dir, { recursive: true });
  const report = list.map((entry): SkippedEntryReport => ({ collection, label, locale, ...entry, adminUrl: adminUrl(entry.documentId) }));
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
