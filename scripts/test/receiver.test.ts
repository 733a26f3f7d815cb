import type { AddressInfo } from 'node:net';
import { signedHeaders } from '@atlas/shared/rebuild-protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildQueue } from '../builder/build-queue.ts';
import { createReceiver } from '../builder/receiver.ts';

const secret = 'receiver-test-secret';
let url = '';
let builds = 0;
const queue = new BuildQueue(async () => {
  builds += 1;
});
const server = createReceiver({ secret, queue });

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const body = JSON.stringify({
  reason: 'content',
  changes: [{ type: 'api::article.article', documentId: 'doc', locale: 'vi', action: 'publish' }],
  firstChangeAt: '2026-11-22T00:00:00Z',
  lastChangeAt: '2026-11-22T00:00:01Z',
});
const post = (headers: Record<string, string>, payload = body) =>
  fetch(`${url}/hooks/rebuild`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: payload });

describe('the builder receiver', () => {
  it('refuses unsigned, tampered, stale and replayed deliveries, and builds for a valid one', async () => {
    expect((await post({})).status).toBe(401);

    const tamperedBody = body.replace('"doc"', '"dod"');
    expect((await post(signedHeaders(secret, body, 'd-tampered'), tamperedBody)).status).toBe(401);

    const stale = signedHeaders(secret, body, 'd-stale', new Date(Date.now() - 6 * 60_000));
    expect((await post(stale)).status).toBe(401);
    expect(builds).toBe(0);

    const valid = signedHeaders(secret, body, 'd-valid');
    const accepted = await post(valid);
    expect(accepted.status).toBe(202);
    await queue.idle();
    expect(builds).toBe(1);

    expect((await post(valid)).status).toBe(409);
    await queue.idle();
    expect(builds).toBe(1);
  });

  it('refuses a signed body that is not a trigger', async () => {
    const payload = JSON.stringify({ hello: 'world' });
    expect((await post(signedHeaders(secret, payload, 'd-odd'), payload)).status).toBe(400);
  });

  it('tells its status as JSON', async () => {
    const response = await fetch(`${url}/status`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ current: null, waiting: null, last: { state: 'succeeded' } });
  });
});
