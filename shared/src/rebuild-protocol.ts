/**
 * How the CMS asks a builder to rebuild the site: a JSON body signed with HMAC-SHA256 over
 * `<timestamp>.<body>` with a shared secret, a delivery id for replay protection, and a timestamp the
 * receiver holds against its clock. Both sides use this module, so they cannot disagree on the format.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const HEADER_SIGNATURE = 'x-atlas-signature';
export const HEADER_TIMESTAMP = 'x-atlas-timestamp';
export const HEADER_DELIVERY = 'x-atlas-delivery';

/** Deliveries older (or further in the future) than this are refused. */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export type ChangeAction = 'publish' | 'unpublish' | 'delete' | 'update' | 'create' | 'media';

export interface ContentChange {
  /** Strapi uid, e.g. `api::article.article`, or `plugin::upload.file` for media. */
  type: string;
  documentId: string;
  locale: string | null;
  action: ChangeAction;
}

export interface RebuildTrigger {
  /** Why: `content` for editor changes, `manual` for a "rebuild now" from the admin. */
  reason: 'content' | 'manual';
  changes: ContentChange[];
  /** When the first and last change of this burst happened (ISO). */
  firstChangeAt: string;
  lastChangeAt: string;
}

export function signature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function signedHeaders(secret: string, body: string, deliveryId: string, now: Date = new Date()): Record<string, string> {
  const timestamp = String(Math.floor(now.getTime() / 1000));
  return {
    [HEADER_TIMESTAMP]: timestamp,
    [HEADER_DELIVERY]: deliveryId,
    [HEADER_SIGNATURE]: signature(secret, timestamp, body),
  };
}

export type Verdict = { ok: true; deliveryId: string } | { ok: false; status: 400 | 401 | 409; reason: string };

/**
 * Checks a delivery: signature first (constant-time), then freshness, then replay. `seen` answers
 * whether a delivery id was already accepted; the caller records accepted ids.
 */
export function verifyDelivery(options: {
  secret: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  seen: (deliveryId: string) => boolean;
  now?: Date;
}): Verdict {
  const header = (name: string) => {
    const value = options.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const given = header(HEADER_SIGNATURE);
  const timestamp = header(HEADER_TIMESTAMP);
  const deliveryId = header(HEADER_DELIVERY);
  if (!given || !timestamp || !deliveryId) return { ok: false, status: 401, reason: 'unsigned delivery' };

  const expected = Buffer.from(signature(options.secret, timestamp, options.body));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
    return { ok: false, status: 401, reason: 'bad signature' };
  }
  const age = Math.floor((options.now ?? new Date()).getTime() / 1000) - Number(timestamp);
  if (!Number.isFinite(age) || Math.abs(age) > MAX_CLOCK_SKEW_SECONDS) {
    return { ok: false, status: 401, reason: `stale delivery (${timestamp})` };
  }
  if (options.seen(deliveryId)) return { ok: false, status: 409, reason: `replayed delivery ${deliveryId}` };
  return { ok: true, deliveryId };
}
