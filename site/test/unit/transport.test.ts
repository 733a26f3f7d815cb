/**
 * The build's CMS transport against a real HTTP server: it retries what may pass (5xx, 429, a dropped
 * connection) with backoff and gives up after its bound naming the CMS; it does not retry a refusal;
 * it keeps no more requests in flight than its limit; it times out a CMS that does not answer.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTransport } from '../../src/loaders/transport.ts';

const PING = parse('query Ping { ping }') as TypedDocumentNode<{ ping: string }, Record<string, never>>;
let server: Server | null = null;

async function cms(answer: (call: number) => { status: number; body?: unknown; delayMs?: number; drop?: boolean }) {
  let calls = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  server = createServer((request, response) => {
    const call = (calls += 1);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    request.resume();
    request.on('end', () => {
      const planned = answer(call);
      setTimeout(() => {
        inFlight -= 1;
        if (planned.drop) return void request.socket.destroy();
        response.writeHead(planned.status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(planned.body ?? { data: { ping: 'pong' } }));
      }, planned.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const url = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  return { url, calls: () => calls, maxInFlight: () => maxInFlight };
}

afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('the CMS transport', () => {
  it('retries 503, 429 and a dropped connection, then succeeds', async () => {
    const plan = [{ status: 503 }, { status: 429 }, { status: 200, drop: true }, { status: 200 }];
    const server = await cms((call) => plan[call - 1] ?? { status: 200 });
    const transport = createTransport({ url: server.url, token: 't' }, { retries: 3, retryBaseMs: 1 });
    await expect(transport.request(PING, {})).resolves.toEqual({ ping: 'pong' });
    expect(server.calls()).toBe(4);
    expect(transport.sent).toBe(4);
  });

  it('gives up after its retries, naming the CMS and the attempts', async () => {
    const server = await cms(() => ({ status: 502 }));
    const transport = createTransport({ url: server.url, token: 't' }, { retries: 2, retryBaseMs: 1 });
    await expect(transport.request(PING, {})).rejects.toThrow(`The CMS at ${server.url.origin} answered with errors (HTTP 502) after 3 attempts`);
    expect(server.calls()).toBe(3);
  });

  it('does not retry a refusal', async () => {
    const server = await cms(() => ({ status: 401, body: { errors: [{ message: 'Missing or invalid credentials' }] } }));
    const transport = createTransport({ url: server.url, token: 'bad' }, { retries: 3, retryBaseMs: 1 });
    await expect(transport.request(PING, {})).rejects.toThrow(/HTTP 401.*Missing or invalid credentials/);
    expect(server.calls()).toBe(1);
  });

  it('keeps at most its concurrency limit in flight', async () => {
    const server = await cms(() => ({ status: 200, delayMs: 30 }));
    const transport = createTransport({ url: server.url, token: 't' }, { concurrency: 3 });
    await Promise.all(Array.from({ length: 12 }, () => transport.request(PING, {})));
    expect(server.calls()).toBe(12);
    expect(server.maxInFlight()).toBe(3);
  });

  it('times out a CMS that does not answer', async () => {
    const server = await cms(() => ({ status: 200, delayMs: 2000 }));
    const transport = createTransport({ url: server.url, token: 't' }, { timeoutMs: 100, retries: 1, retryBaseMs: 1 });
    await expect(transport.request(PING, {})).rejects.toThrow(`The CMS at ${server.url.origin} could not be reached after 2 attempts`);
  });
});
