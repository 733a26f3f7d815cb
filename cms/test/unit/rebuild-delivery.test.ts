import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HEADER_DELIVERY, verifyDelivery, type RebuildTrigger } from '@atlas/shared';
import { afterEach, describe, expect, it } from 'vitest';
import type { RebuildConfig } from '../../src/rebuild/config.ts';
import { deliver } from '../../src/rebuild/delivery.ts';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

const trigger: RebuildTrigger = {
  reason: 'content',
  changes: [{ type: 'api::article.article', documentId: 'abc', locale: 'vi', action: 'publish' }],
  firstChangeAt: '2026-11-23T00:00:00.000Z',
  lastChangeAt: '2026-11-23T00:00:01.000Z',
};
const noSleep = async () => undefined;
let server: Server | null = null;

/** A real HTTP server answering with the given statuses in turn, recording what arrived. */
async function receiver(statuses: number[]): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)] ?? 500;
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/rebuild`, received };
}

const config = (url: string): RebuildConfig => ({
  target: 'local',
  url,
  secret: 'delivery-secret',
  statusUrl: '',
  github: { repository: '', token: '', eventType: 'cms-content-changed' },
  quietMs: 0,
  maxWaitMs: 0,
  maxAttempts: 4,
  retryBaseMs: 1,
});

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('trigger delivery', () => {
  it('signs the body so the receiver can verify it', async () => {
    const { url, received } = await receiver([202]);
    const report = await deliver(config(url), trigger, noSleep);
    expect(report).toMatchObject({ ok: true, attempts: 1, status: 202 });
    const [first] = received;
    const verdict = verifyDelivery({ secret: 'delivery-secret', headers: first?.headers ?? {}, body: first?.body ?? '', seen: () => false });
    expect(verdict).toEqual({ ok: true, deliveryId: report.deliveryId });
    expect(JSON.parse(first?.body ?? '')).toEqual(trigger);
  });

  it('retries server errors with the same delivery id, and counts a 409 (already received) as delivered', async () => {
    const { url, received } = await receiver([503, 500, 409]);
    const report = await deliver(config(url), trigger, noSleep);
    expect(report).toMatchObject({ ok: true, attempts: 3 });
    const ids = new Set(received.map((r) => r.headers[HEADER_DELIVERY]));
    expect(ids).toEqual(new Set([report.deliveryId]));
  });

  it('gives up at once on a refusal and reports it', async () => {
    const { url, received } = await receiver([401]);
    const report = await deliver(config(url), trigger, noSleep);
    expect(report).toMatchObject({ ok: false, attempts: 1, status: 401 });
    expect(report.error).toMatch(/HTTP 401/);
    expect(received).toHaveLength(1);
  });

  it('reports an unreachable target after the last attempt', async () => {
    const report = await deliver(config('http://127.0.0.1:9/hooks/rebuild'), trigger, noSleep);
    expect(report).toMatchObject({ ok: false, attempts: 4, status: null });
    expect(report.error).toMatch(/fetch failed|ECONNREFUSED/);
  });
});
