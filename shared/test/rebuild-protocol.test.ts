import { describe, expect, it } from 'vitest';
import { HEADER_SIGNATURE, HEADER_TIMESTAMP, signedHeaders, verifyDelivery } from '../src/rebuild-protocol.ts';

const secret = 'a-test-secret';
const body = JSON.stringify({ reason: 'content', changes: [{ type: 'api::article.article', documentId: 'abc', locale: 'vi', action: 'publish' }] });
const now = new Date('2026-11-22T12:00:00Z');
const never = () => false;

describe('verifyDelivery', () => {
  it('accepts a signed, fresh, new delivery', () => {
    const headers = signedHeaders(secret, body, 'd-1', now);
    expect(verifyDelivery({ secret, headers, body, seen: never, now })).toEqual({ ok: true, deliveryId: 'd-1' });
  });

  it('refuses an unsigned delivery', () => {
    expect(verifyDelivery({ secret, headers: {}, body, seen: never, now })).toMatchObject({ ok: false, status: 401, reason: 'unsigned delivery' });
  });

  it.each([
    ['the body', (h: Record<string, string>) => ({ headers: h, body: body.replace('abc', 'abd') })],
    [
      'the signature',
      (h: Record<string, string>) => ({ headers: { ...h, [HEADER_SIGNATURE]: h[HEADER_SIGNATURE]!.replace(/.$/, (c) => (c === '0' ? '1' : '0')) }, body }),
    ],
    ['the timestamp', (h: Record<string, string>) => ({ headers: { ...h, [HEADER_TIMESTAMP]: String(Number(h[HEADER_TIMESTAMP]) + 1) }, body })],
  ])('refuses a delivery with one byte of %s changed', (_, tamper) => {
    const tampered = tamper(signedHeaders(secret, body, 'd-2', now));
    expect(verifyDelivery({ secret, ...tampered, seen: never, now })).toMatchObject({ ok: false, status: 401, reason: 'bad signature' });
  });

  it('refuses a delivery signed with another secret', () => {
    const headers = signedHeaders('another-secret', body, 'd-3', now);
    expect(verifyDelivery({ secret, headers, body, seen: never, now })).toMatchObject({ ok: false, reason: 'bad signature' });
  });

  it('refuses a stale delivery (older than five minutes)', () => {
    const headers = signedHeaders(secret, body, 'd-4', new Date(now.getTime() - 5 * 60_000 - 1_000));
    expect(verifyDelivery({ secret, headers, body, seen: never, now })).toMatchObject({ ok: false, status: 401, reason: expect.stringMatching(/stale/) });
  });

  it('refuses a replayed delivery', () => {
    const headers = signedHeaders(secret, body, 'd-5', now);
    expect(verifyDelivery({ secret, headers, body, seen: (id) => id === 'd-5', now })).toMatchObject({ ok: false, status: 409 });
  });
});
