import { randomUUID } from 'node:crypto';
import { signedHeaders, type RebuildTrigger } from '@atlas/shared';
import type { RebuildConfig } from './config';

/**
 * Delivers one trigger to the configured target: signed (HMAC-SHA256 over timestamp and body), with one
 * delivery id kept across retries, and retried with exponential backoff. A 409 from the receiver means
 * an earlier attempt did arrive (its answer was lost), so it counts as delivered.
 */
export interface DeliveryReport {
  deliveryId: string;
  target: RebuildConfig['target'];
  at: string;
  ok: boolean;
  attempts: number;
  status: number | null;
  error: string | null;
}

const TIMEOUT_MS = 10_000;

function request(config: RebuildConfig, trigger: RebuildTrigger, deliveryId: string): { url: string; body: string; headers: Record<string, string> } {
  if (config.target === 'github') {
    const body = JSON.stringify({ event_type: config.github.eventType, client_payload: { ...trigger, changes: trigger.changes.slice(0, 200), deliveryId } });
    return {
      url: `https://api.github.com/repos/${config.github.repository}/dispatches`,
      body,
      headers: {
        Accept: 'application/vnd.github+json',
        Authorization: `Bearer ${config.github.token}`,
        'X-GitHub-Api-Version': '2022-11-28',
        'User-Agent': 'cooperation-atlas-cms',
      },
    };
  }
  const body = JSON.stringify(trigger);
  return { url: config.url, body, headers: config.secret ? signedHeaders(config.secret, body, deliveryId) : {} };
}

export async function deliver(
  config: RebuildConfig,
  trigger: RebuildTrigger,
  sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)),
): Promise<DeliveryReport> {
  const deliveryId = randomUUID();
  const report: DeliveryReport = { deliveryId, target: config.target, at: new Date().toISOString(), ok: false, attempts: 0, status: null, error: null };
  for (let attempt = 1; attempt <= config.maxAttempts; attempt += 1) {
    report.attempts = attempt;
    // Re-signed on every attempt: the timestamp must be fresh, the delivery id stays the same.
    const { url, body, headers } = request(config, trigger, deliveryId);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...headers },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      report.status = response.status;
      if (response.ok || response.status === 409) {
        report.ok = true;
        report.error = null;
        return report;
      }
      report.error = `HTTP ${response.status}: ${(await response.text()).slice(0, 300)}`;
      // A refusal of the request itself will not change on retry.
      if (response.status >= 400 && response.status < 500 && response.status !== 429) return report;
    } catch (error) {
      report.error = error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error);
    }
    if (attempt < config.maxAttempts) await sleep(config.retryBaseMs * 2 ** (attempt - 1));
  }
  return report;
}
