import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { verifyDelivery, type RebuildTrigger } from '@atlas/shared/rebuild-protocol';
import type { BuildQueue } from './build-queue.ts';

/**
 * The builder's HTTP face. POST /hooks/rebuild takes a signed trigger from the CMS (refusing unsigned,
 * tampered, stale and replayed deliveries) and queues a build; GET /status tells how builds went.
 */
const MAX_BODY = 1024 * 1024;
/** Accepted delivery ids are remembered past the freshness window, so a replay is always caught. */
const REMEMBER_MS = 15 * 60_000;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function isTrigger(value: unknown): value is RebuildTrigger {
  const trigger = value as RebuildTrigger;
  return typeof value === 'object' && value !== null && (trigger.reason === 'content' || trigger.reason === 'manual') && Array.isArray(trigger.changes);
}

export function createReceiver(options: { secret: string; queue: BuildQueue; log?: (line: string) => void }): Server {
  const accepted = new Map<string, number>();
  const log = options.log ?? (() => undefined);

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(body));
    };
    try {
      if (request.method === 'GET' && request.url === '/status') return reply(200, options.queue.status());
      if (request.method !== 'POST' || request.url !== '/hooks/rebuild') return reply(404, { error: 'not found' });

      const body = await readBody(request);
      const now = Date.now();
      for (const [id, at] of accepted) if (now - at > REMEMBER_MS) accepted.delete(id);
      const verdict = verifyDelivery({ secret: options.secret, headers: request.headers, body, seen: (id) => accepted.has(id) });
      if (!verdict.ok) {
        log(`refused a delivery: ${verdict.reason}`);
        return reply(verdict.status, { error: verdict.reason });
      }
      let trigger: unknown;
      try {
        trigger = JSON.parse(body);
      } catch {
        return reply(400, { error: 'body is not JSON' });
      }
      if (!isTrigger(trigger)) return reply(400, { error: 'body is not a rebuild trigger' });
      accepted.set(verdict.deliveryId, now);
      const record = options.queue.request(trigger.reason, trigger.changes, verdict.deliveryId);
      log(`delivery ${verdict.deliveryId} accepted: ${trigger.changes.length} change(s), build ${record.id} ${record.state}`);
      return reply(202, { build: record.id, state: record.state });
    } catch (error) {
      return reply(500, { error: error instanceof Error ? error.message : String(error) });
    }
  };
  // node:http ignores what a handler returns; the handler answers every failure itself.
  return createServer((request, response) => void handle(request, response));
}
