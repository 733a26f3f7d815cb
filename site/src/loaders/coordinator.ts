import { queries, type EntryKind, type SiteLocale } from '@atlas/shared';
import { COLLECTION_KEYS, type ChangesAnswer } from './registry.ts';
import type { CmsTransport } from './transport.ts';

/**
 * Batches the change queries of all the content loaders into one request per locale. Astro runs the
 * loaders of all collections at once; each registers the cursor it kept from the last build, and once
 * every collection has registered (or a short wait has passed) one ContentChanges request answers them
 * all. A warm build after one edit therefore sends one request per locale.
 */
type CollectionKey = EntryKind;

/** "Nothing changed since the beginning of time": the cursor of a collection never synced. */
export const EPOCH = '1970-01-01T00:00:00.000Z';
/** The cursor of a collection that is not being synced in this run: matches nothing. */
const NEVER = '9999-12-31T23:59:59.999Z';
const REGISTRATION_WAIT_MS = 1500;

interface Batch {
  cursors: Partial<Record<CollectionKey, string>>;
  answer: Promise<ChangesAnswer> | null;
  release: (() => void) | null;
  /** Set once the request is sent: a collection registering later gets a batch of its own. */
  sent: boolean;
}

export class ChangeCoordinator {
  private readonly batches = new Map<SiteLocale, Batch>();

  constructor(private readonly transport: CmsTransport) {}

  /** The answer holding the first page of changes of `key` since `since`, and its total now. */
  async changes(locale: SiteLocale, key: CollectionKey, since: string): Promise<ChangesAnswer> {
    let batch = this.batchFor(locale);
    if (batch.sent && batch.cursors[key] === undefined) {
      batch = { cursors: {}, answer: null, release: null, sent: false };
      this.batches.set(locale, batch);
    }
    batch.cursors[key] = since;
    if (COLLECTION_KEYS.every((k) => batch.cursors[k] !== undefined)) batch.release?.();
    return this.send(locale, batch);
  }

  private batchFor(locale: SiteLocale): Batch {
    let batch = this.batches.get(locale);
    if (!batch) {
      batch = { cursors: {}, answer: null, release: null, sent: false };
      this.batches.set(locale, batch);
    }
    return batch;
  }

  private send(locale: SiteLocale, batch: Batch): Promise<ChangesAnswer> {
    batch.answer ??= (async () => {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, REGISTRATION_WAIT_MS);
        batch.release = () => {
          clearTimeout(timer);
          resolve();
        };
        if (COLLECTION_KEYS.every((k) => batch.cursors[k] !== undefined)) batch.release();
      });
      batch.sent = true;
      const cursor = (key: CollectionKey) => batch.cursors[key] ?? NEVER;
      const cursors = Object.fromEntries(COLLECTION_KEYS.map((key) => [key, cursor(key)])) as Record<CollectionKey, string>;
      return this.transport.request(queries.ContentChanges, { locale, ...cursors });
    })();
    return batch.answer;
  }
}
