import type { SkippedEntryReport } from '@atlas/shared/build-report';

/** What GET /admin/site-build/status answers (see src/rebuild/admin-api.ts). */
export type BuildState = 'queued' | 'running' | 'succeeded' | 'failed';

export interface BuildRecord {
  id: string;
  state: BuildState;
  reason: string;
  changes: Array<{ type: string; documentId: string; locale: string | null; action: string }>;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  error: string | null;
  /** Entries the build left out because they break the content rules (absent from older builders). */
  skipped?: SkippedEntryReport[];
}

export interface BuilderStatus {
  current: BuildRecord | null;
  waiting: BuildRecord | null;
  last: BuildRecord | null;
  history: BuildRecord[];
}

export interface SiteBuildStatus {
  target: 'none' | 'local' | 'hook' | 'github';
  pending: { changes: number; firstChangeAt: string | null };
  lastDelivery: { deliveryId: string; at: string; ok: boolean; attempts: number; status: number | null; error: string | null } | null;
  /** Only the local builder reports its builds; remote targets (GitHub, build hooks) report deliveries. */
  builder: BuilderStatus | { error: string } | null;
}

export const REBUILD_PERMISSION = [{ action: 'api::site-build.rebuild', subject: null }];
