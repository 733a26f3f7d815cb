import type { ContentChange, RebuildTrigger } from '@atlas/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RebuildScheduler } from '../../src/rebuild/scheduler.ts';

const change = (documentId: string, action: ContentChange['action'] = 'publish', locale = 'vi'): ContentChange => ({
  type: 'api::article.article',
  documentId,
  locale,
  action,
});

describe('the rebuild scheduler', () => {
  let sent: RebuildTrigger[];
  let scheduler: RebuildScheduler;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    scheduler = new RebuildScheduler({ quietMs: 3000, maxWaitMs: 30_000, send: async (trigger) => void sent.push(trigger) });
  });
  afterEach(() => {
    scheduler.stop();
    vi.useRealTimers();
  });

  it('sends one trigger once a burst has been quiet for the quiet window', async () => {
    scheduler.add(change('a'));
    await vi.advanceTimersByTimeAsync(1000);
    scheduler.add(change('b'));
    await vi.advanceTimersByTimeAsync(2999);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.changes.map((c) => c.documentId)).toEqual(['a', 'b']);
    expect(sent[0]?.reason).toBe('content');
  });

  it('never holds a change longer than the maximum wait, however steady the stream', async () => {
    for (let second = 0; second < 60; second += 1) {
      scheduler.add(change(`doc-${second}`));
      await vi.advanceTimersByTimeAsync(1000);
    }
    // 60 s of one change a second: the quiet window never passes, the 30 s cap fires twice.
    expect(sent).toHaveLength(2);
    expect(sent.flatMap((t) => t.changes)).toHaveLength(60);
  });

  it('keeps only the last action per entry and locale', async () => {
    scheduler.add(change('a', 'publish'));
    scheduler.add(change('a', 'unpublish'));
    scheduler.add(change('a', 'publish', 'en'));
    await vi.advanceTimersByTimeAsync(3000);
    expect(sent[0]?.changes).toEqual([change('a', 'unpublish'), change('a', 'publish', 'en')]);
  });

  it('sends a manual trigger even when nothing is pending, and nothing for an empty content flush', async () => {
    await scheduler.flush('content');
    expect(sent).toHaveLength(0);
    await scheduler.flush('manual');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ reason: 'manual', changes: [] });
  });
});
