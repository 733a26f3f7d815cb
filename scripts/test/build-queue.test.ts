import { describe, expect, it } from 'vitest';
import { BuildQueue, type BuildRecord } from '../builder/build-queue.ts';

const change = (documentId: string) => ({ type: 'api::article.article', documentId, locale: 'vi', action: 'publish' as const });

/** A build that takes a little while and remembers what it built, in order. */
function slowBuilds(ms = 30) {
  const built: BuildRecord[] = [];
  const queue = new BuildQueue(async (record) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    if (record.changes.some((c) => c.documentId === 'broken')) throw new Error('the CMS answered 500');
    built.push(record);
  });
  return { queue, built };
}

describe('BuildQueue', () => {
  it('runs one build at a time, keeps at most one waiting, and merges the requests that replace it', async () => {
    const { queue, built } = slowBuilds();
    for (let i = 0; i < 200; i += 1) queue.request('content', [change(`doc-${i}`)], `delivery-${i}`);
    await queue.idle();
    expect(built).toHaveLength(2);
    expect(built[0]?.changes.map((c) => c.documentId)).toEqual(['doc-0']);
    // The second build carries every later change: the last content wins, nothing is forgotten.
    expect(built[1]?.changes).toHaveLength(199);
    expect(built[1]?.changes.at(-1)?.documentId).toBe('doc-199');
    expect(built[1]?.deliveryIds).toHaveLength(199);
  });

  it('reports current, waiting and last builds with their timing', async () => {
    const { queue } = slowBuilds(50);
    queue.request('startup');
    queue.request('content', [change('a')]);
    const during = queue.status();
    expect(during.current?.state).toBe('running');
    expect(during.waiting?.state).toBe('queued');
    await queue.idle();
    const after = queue.status();
    expect(after.current).toBeNull();
    expect(after.waiting).toBeNull();
    expect(after.last).toMatchObject({ state: 'succeeded', reason: 'content', error: null });
    expect(after.last?.durationMs).toBeGreaterThanOrEqual(40);
    expect(after.history).toHaveLength(2);
  });

  it('records a failed build with its error and goes on with the next', async () => {
    const { queue, built } = slowBuilds(10);
    queue.request('content', [change('broken')]);
    await queue.idle();
    expect(queue.status().last).toMatchObject({ state: 'failed', error: 'the CMS answered 500' });
    queue.request('manual');
    await queue.idle();
    expect(queue.status().last?.state).toBe('succeeded');
    expect(built).toHaveLength(1);
  });
});
