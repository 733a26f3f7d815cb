import { randomUUID } from 'node:crypto';
import type { SkippedEntryReport } from '@atlas/shared/build-report';
import type { ContentChange, RebuildTrigger } from '@atlas/shared/rebuild-protocol';

/**
 * One build runs at a time and at most one waits. A request that arrives while one is waiting replaces
 * it (their changes are merged, so nothing is forgotten): a burst of publishes costs at most two builds.
 */
export type BuildState = 'queued' | 'running' | 'succeeded' | 'failed';

export interface BuildRecord {
  id: string;
  state: BuildState;
  reason: RebuildTrigger['reason'] | 'startup';
  changes: ContentChange[];
  deliveryIds: string[];
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  error: string | null;
  /** Entries the build left out because they break the content rules: live, but incomplete. */
  skipped: SkippedEntryReport[];
}

export interface BuildStatus {
  current: BuildRecord | null;
  waiting: BuildRecord | null;
  last: BuildRecord | null;
  history: BuildRecord[];
}

const HISTORY = 20;

export class BuildQueue {
  private current: BuildRecord | null = null;
  private waiting: BuildRecord | null = null;
  private readonly history: BuildRecord[] = [];
  private readonly idleWaiters: Array<() => void> = [];

  private readonly build: (record: BuildRecord) => Promise<void>;

  constructor(build: (record: BuildRecord) => Promise<void>) {
    this.build = build;
  }

  request(reason: BuildRecord['reason'], changes: ContentChange[] = [], deliveryId?: string): BuildRecord {
    if (this.waiting) {
      this.waiting.changes.push(...changes);
      if (deliveryId) this.waiting.deliveryIds.push(deliveryId);
      if (reason === 'manual') this.waiting.reason = 'manual';
      return this.waiting;
    }
    const record: BuildRecord = {
      id: randomUUID(),
      state: 'queued',
      reason,
      changes: [...changes],
      deliveryIds: deliveryId ? [deliveryId] : [],
      queuedAt: new Date().toISOString(),
      startedAt: null,
      finishedAt: null,
      durationMs: null,
      error: null,
      skipped: [],
    };
    this.waiting = record;
    if (!this.current) void this.next();
    return record;
  }

  status(): BuildStatus {
    return { current: this.current, waiting: this.waiting, last: this.history[0] ?? null, history: [...this.history] };
  }

  /** Resolves once nothing runs and nothing waits. */
  idle(): Promise<void> {
    if (!this.current && !this.waiting) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async next(): Promise<void> {
    const record = this.waiting;
    if (!record) {
      this.idleWaiters.splice(0).forEach((resolve) => resolve());
      return;
    }
    this.waiting = null;
    this.current = record;
    record.state = 'running';
    record.startedAt = new Date().toISOString();
    const started = Date.now();
    try {
      await this.build(record);
      record.state = 'succeeded';
    } catch (error) {
      record.state = 'failed';
      record.error = error instanceof Error ? error.message : String(error);
    }
    record.finishedAt = new Date().toISOString();
    record.durationMs = Date.now() - started;
    this.history.unshift(record);
    this.history.splice(HISTORY);
    this.current = null;
    await this.next();
  }
}
