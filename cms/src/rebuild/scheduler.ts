import type { ContentChange, RebuildTrigger } from '@atlas/shared';

/**
 * Coalesces bursts of changes into one trigger: it fires once no change has come for `quietMs`, or once
 * the oldest pending change is `maxWaitMs` old, whichever comes first. A change to the same entry and
 * locale replaces the earlier one (its last action is what the site must reflect).
 */
export interface SchedulerOptions {
  quietMs: number;
  maxWaitMs: number;
  send: (trigger: RebuildTrigger) => Promise<void>;
}

export class RebuildScheduler {
  private readonly pending = new Map<string, ContentChange>();
  private firstChangeAt: Date | null = null;
  private lastChangeAt: Date | null = null;
  private quietTimer: NodeJS.Timeout | null = null;
  private maxTimer: NodeJS.Timeout | null = null;

  constructor(private readonly options: SchedulerOptions) {}

  add(change: ContentChange): void {
    this.pending.set(`${change.type}|${change.documentId}|${change.locale ?? ''}`, change);
    const now = new Date();
    this.firstChangeAt ??= now;
    this.lastChangeAt = now;
    if (this.quietTimer) clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => void this.flush('content'), this.options.quietMs);
    this.maxTimer ??= setTimeout(() => void this.flush('content'), this.options.maxWaitMs);
  }

  /** Sends what is pending now (a "rebuild now" sends even when nothing is). */
  async flush(reason: RebuildTrigger['reason']): Promise<void> {
    if (this.quietTimer) clearTimeout(this.quietTimer);
    if (this.maxTimer) clearTimeout(this.maxTimer);
    this.quietTimer = null;
    this.maxTimer = null;
    if (this.pending.size === 0 && reason === 'content') return;
    const now = new Date().toISOString();
    const trigger: RebuildTrigger = {
      reason,
      changes: [...this.pending.values()],
      firstChangeAt: this.firstChangeAt?.toISOString() ?? now,
      lastChangeAt: this.lastChangeAt?.toISOString() ?? now,
    };
    this.pending.clear();
    this.firstChangeAt = null;
    this.lastChangeAt = null;
    await this.options.send(trigger);
  }

  pendingStatus(): { changes: number; firstChangeAt: string | null } {
    return { changes: this.pending.size, firstChangeAt: this.firstChangeAt?.toISOString() ?? null };
  }

  stop(): void {
    if (this.quietTimer) clearTimeout(this.quietTimer);
    if (this.maxTimer) clearTimeout(this.maxTimer);
  }
}
