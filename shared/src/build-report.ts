import type { EntryProblem } from './rules/index.ts';

/**
 * What a site build reports beside its pages: the entries it left out because they break the content
 * rules (site/src/loaders/skipped.ts writes them, the local builder reads them into its status, the
 * admin's Site build page lists them with a link to fix each one).
 */
export interface SkippedEntryReport {
  /** The site's collection (`articles`…) and the CMS's name for its type (`Article`). */
  collection: string;
  label: string;
  locale: string;
  documentId: string;
  title: string;
  /** One sentence per broken rule, naming the field (English, as the build log prints it). */
  problems: string[];
  /** The same problems, structured, for the admin to say them in the editor's language with its labels. */
  issues: EntryProblem[];
  /** Where an editor fixes it. */
  adminUrl: string;
}

/** The report's folder, below the build report directory. */
export const SKIPPED_REPORT_FOLDER = 'skipped';
