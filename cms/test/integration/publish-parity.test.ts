/**
 * Parity of the two sides of the content rules, proven on generated entries: each one is published
 * through the CMS for real (the admin's "Publish" on a new entry, or REST with status=published) and is
 * either refused with every problem tied to a named field, or accepted — and then one real site build
 * over everything accepted must take every one of them (none left out as invalid) and write its page.
 * Entries include blank and whitespace-only text, odd Unicode (emoji, CJK, combining marks, NFD
 * Vietnamese, zero-width and ideographic spaces), texts at and past their length limits, and boundary
 * and malformed dates. ATLAS_PARITY_RUNS sets the number per content type (default 60), ATLAS_PARITY_SEED
 * replays a run.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../../../scripts/lib/site.ts';
import { adminLogin, createFullAccessToken, http } from '../../../scripts/test-support/cms-http.ts';
import { siteSettled } from '../../../scripts/test-support/site-settled.ts';

const cms = inject('cms');
const RUNS = Number(process.env.ATLAS_PARITY_RUNS ?? 60);
/** A new seed each run, printed, so a failure found once can be replayed (ATLAS_PARITY_SEED=…). */
const SEED = Number(process.env.ATLAS_PARITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const stamp = Date.now().toString(36);
let adminJwt = '';
let fullAccess = '';
let imageId = 0;

type Kind = 'articles' | 'delegations' | 'tags';
const UID: Record<Kind, string> = { articles: 'api::article.article', delegations: 'api::delegation.delegation', tags: 'api::tag.tag' };
interface Accepted {
  kind: Kind;
  documentId: string;
  slug: string;
}
interface Answer {
  data?: { documentId: string; slug: string };
  error?: { status: number; message: string; details?: { errors?: Array<{ path?: string[]; message?: string }> } };
}
const accepted: Accepted[] = [];
const tally = { generated: 0, refused: 0 };

// Texts an editor, a copy-paste or a script may send.
const blankish = fc.constantFrom('', ' ', '   ', '\t', '\n \n', '\u00a0', '\u200b', '\u3000', ' \u00a0\t');
const vietnamese = fc.constantFrom(
  'Hà Nội và Toulouse ký kết chương trình hợp tác',
  'Đống Đa – Choisy-le-Roi: 40 năm hữu nghị',
  'Đoàn đại biểu Thủ đô Viêng Chăn thăm Hà Nội',
  'Quy hoạch đô thị, “thành phố thông minh” và giao thông công cộng',
);
const oddText = fc.oneof(
  blankish,
  vietnamese,
  vietnamese.map((text) => text.normalize('NFD')),
  vietnamese.map((text) => `  ${text}\n`),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }),
  fc.constantFrom('Hà Nội 河内', 'Tin vui 🎉', 'Seoul (서울)', 'e\u0301\u0301\u0301', '\u202eRTL', 'a\u0000b'),
  fc.integer({ min: 295, max: 305 }).map((length) => 'Ả'.repeat(length)),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const dateTime = fc.oneof(
  fc.constantFrom('1970-01-01T00:00:00.000Z', '2000-02-29T16:59:59.999Z', '2024-12-31T17:00:00.000Z', '9999-12-31T23:59:59.999Z', '2026-06-01T12:00:00+07:00'),
  fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom('', 'not a date', '2024-02-30T10:00:00Z', '18/02/2022 14:11'),
);
const calendarDate = fc.oneof(
  fc.date({ min: new Date('1950-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.constantFrom('2024-02-29', '2023-02-29', '1999-12-31', '2000-01-01', '', 'hôm nay'),
);

const article = fc.record({
  title: oddText,
  lead: oddText,
  author: maybe(oddText),
  coverAlt: maybe(oddText),
  withCover: fc.boolean(),
  publicationDate: maybe(dateTime),
  body: fc.array(
    fc.oneof(
      oddText.map((body) => ({ __component: 'content.rich-text', body })),
      oddText.map((alt) => ({ __component: 'content.figure', alt, withImage: true })),
    ),
    { minLength: 0, maxLength: 2 },
  ),
});
const person = fc.record({ name: oddText, office: maybe(oddText) });
const delegation = fc.record({
  title: oddText,
  direction: fc.constantFrom('inbound', 'outbound', 'sideways'),
  startDate: calendarDate,
  endDate: maybe(calendarDate),
  places: oddText,
  purpose: oddText,
  leader: maybe(person),
  members: fc.array(person, { maxLength: 2 }),
});
const tag = fc.record({ name: oddText });

/** The generated values, made into what each API takes (media by id). */
function payload(kind: Kind, value: Record<string, unknown>): Record<string, unknown> {
  if (kind !== 'articles') return value;
  const { withCover, body, ...rest } = value as { withCover: boolean; body: Array<Record<string, unknown>> };
  return {
    ...rest,
    cover: withCover ? imageId : null,
    body: body.map(({ withImage, ...block }) => (withImage ? { ...block, image: imageId } : block)),
  };
}

/** Publishes one generated entry: the admin's "Publish" on a new entry, or REST with status=published. */
async function publish(kind: Kind, data: Record<string, unknown>, viaAdmin: boolean) {
  if (viaAdmin) {
    // Types without draft & publish have no Publish button: saving is publishing.
    const action = kind === 'tags' ? '' : '/actions/publish';
    return http<Answer>(`${cms.url}/content-manager/collection-types/${UID[kind]}${action}?locale=vi`, { method: 'POST', token: adminJwt, json: data });
  }
  const query = kind === 'tags' ? 'locale=vi' : 'status=published&locale=vi';
  return http<Answer>(`${cms.url}/api/${kind}?${query}`, { method: 'POST', token: fullAccess, json: { data } });
}

function checkOutcome(kind: Kind, status: number, body: Answer): void {
  tally.generated += 1;
  if (status === 200 || status === 201) {
    expect(body.data?.slug, 'an accepted entry has a slug').toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    accepted.push({ kind, documentId: body.data?.documentId ?? '', slug: body.data?.slug ?? '' });
    return;
  }
  expect(status, JSON.stringify(body)).toBe(400);
  tally.refused += 1;
  const errors = body.error?.details?.errors ?? [];
  expect(errors.length, `a refusal names its fields: ${JSON.stringify(body)}`).toBeGreaterThan(0);
  for (const error of errors) {
    const field = error.path?.[0];
    expect(field, JSON.stringify(body)).toBeTruthy();
    expect(error.message, `the message names the field: ${JSON.stringify(error)}`).toContain(String(field));
  }
}

beforeAll(async () => {
  adminJwt = await adminLogin(cms);
  fullAccess = await createFullAccessToken(cms, adminJwt, `parity-${stamp}`);
  const files = await http<Array<{ id: number; mime: string }>>(`${cms.url}/api/upload/files`, { token: fullAccess });
  imageId = files.body.find((file) => file.mime.startsWith('image/'))?.id ?? 0;
  expect(imageId).toBeGreaterThan(0);
});

afterAll(async () => {
  // The CMS is shared with the other test files: take the generated entries out again.
  for (const entry of accepted) await http(`${cms.url}/api/${entry.kind}/${entry.documentId}?locale=vi`, { method: 'DELETE', token: fullAccess });
  await siteSettled(cms, adminJwt);
});

describe(`publish-time rules and the site build agree (${cms.db})`, () => {
  it.each([
    ['articles', article],
    ['delegations', delegation],
    ['tags', tag],
  ] as Array<[Kind, fc.Arbitrary<Record<string, unknown>>]>)('%s: every generated entry is refused naming its fields, or accepted', async (kind, arbitrary) => {
    await fc.assert(
      fc.asyncProperty(arbitrary, fc.boolean(), async (value, viaAdmin) => {
        const { status, body } = await publish(kind, payload(kind, value), viaAdmin);
        checkOutcome(kind, status, body);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('builds every accepted entry: none is left out as invalid, each has its page', async () => {
    console.info(`[parity] seed ${SEED}: ${tally.generated} entries generated, ${tally.refused} refused, ${accepted.length} accepted and built`);
    expect(tally.refused, 'the generator must produce refusals').toBeGreaterThan(0);
    expect(accepted.length, 'the generator must produce accepted entries').toBeGreaterThan(0);
    // Builds whose output lies outside site/ share Astro's scratch folder (site/.astro): two at once trip
    // over each other, so the live builder finishes first.
    await siteSettled(cms, adminJwt);
    const workDir = await mkdtemp(path.join(os.tmpdir(), 'atlas-parity-'));
    try {
      const outDir = path.join(workDir, 'dist');
      const { skipped } = await buildSite({ cmsUrl: cms.url, token: cms.buildToken, outDir, quiet: true });
      const ours = new Set(accepted.map((entry) => entry.documentId));
      expect(skipped.filter((entry) => ours.has(entry.documentId))).toEqual([]);
      for (const entry of accepted.filter((one) => one.kind !== 'tags')) {
        expect(existsSync(path.join(outDir, entry.kind, entry.slug, 'index.html')), `${entry.kind}/${entry.slug}`).toBe(true);
      }
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });
});
