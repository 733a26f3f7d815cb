/**
 * Benchmark content loader, run as a child process by scripts/bench.ts with the CMS's environment
 * (a throwaway database): boots Strapi in-process on top of the demo content, then writes the synthetic
 * partnerships, periods, delegations and articles through the Document Service (so the content rules
 * and draft & publish apply as they do for editors). BENCH_ARTICLES sets the size.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR } from '../lib/paths.ts';
import { dateBack, paragraphs, pick, planFor, random, sample, sentence, words } from './synthetic.ts';

interface DocumentApi {
  create(input: { locale: string; status?: 'published'; data: Record<string, unknown> }): Promise<{ documentId: string }>;
  findMany(input: { locale: string; fields: string[]; limit: number }): Promise<Array<{ documentId: string }>>;
}
interface StrapiLike {
  load(): Promise<StrapiLike>;
  destroy(): Promise<void>;
  documents(uid: string): DocumentApi;
  db: { query(uid: string): { findMany(input: { select: string[] }): Promise<Array<{ id: number }>> } };
}

// @strapi/strapi is a dependency of cms/, not of the scripts: resolve it from there.
const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));
const strapiPackage = requireFromCms('@strapi/strapi') as { createStrapi: (options: { appDir: string; distDir: string }) => StrapiLike };

const size = Number(process.env.BENCH_ARTICLES ?? 1000);
const plan = planFor(size);
const next = random(20261123 + size);
const started = Date.now();
const progress = (what: string, done: number, total: number) => {
  if (done % 500 === 0 || done === total) console.log(`[fill] ${what} ${done}/${total} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
};

process.chdir(CMS_DIR);
const strapi = await strapiPackage.createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') }).load();
const ids = async (uid: string) => (await strapi.documents(uid).findMany({ locale: 'vi', fields: ['documentId'], limit: 10_000 })).map((d) => d.documentId);
const images = (await strapi.db.query('plugin::upload.file').findMany({ select: ['id'] })).map((file) => file.id);
const countries = await ids('api::country.country');
const fields = await ids('api::cooperation-field.cooperation-field');
const categories = await ids('api::category.category');
const tags = await ids('api::tag.tag');
const homeDistricts = await ids('api::locality.locality');

const partnerships: string[] = [];
for (let i = 1; i <= plan.partnerships; i += 1) {
  const partner = await strapi.documents('api::locality.locality').create({
    locale: 'vi',
    data: {
      name: `Thành phố ${words(next, 2)} ${i}`,
      level: 'city',
      country: pick(next, countries),
      latitude: -60 + next() * 120,
      longitude: -170 + next() * 340,
    },
  });
  const created = await strapi.documents('api::partnership.partnership').create({
    locale: 'vi',
    status: 'published',
    data: {
      title: `Hợp tác ${words(next, 3)} số ${i}`,
      type: pick(next, ['twinning', 'friendship_cooperation', 'cooperation_agreement']),
      level: 'city',
      relationStatus: pick(next, ['active', 'active', 'suspended']),
      establishedYear: 1990 + Math.floor(next() * 35),
      summary: sentence(next, 15, 30),
      body: paragraphs(next, 3),
      localSide: pick(next, homeDistricts),
      partnerLocality: partner.documentId,
      fields: sample(next, fields, 3),
    },
  });
  partnerships.push(created.documentId);
  progress('partnerships', i, plan.partnerships);
}

for (let i = 1; i <= plan.periods; i += 1) {
  const start = dateBack(400 + Math.floor(next() * 3000));
  await strapi.documents('api::cooperation-period.cooperation-period').create({
    locale: 'vi',
    status: 'published',
    data: {
      name: `Chương trình hợp tác ${words(next, 3)} giai đoạn ${i}`,
      instrument: pick(next, ['agreement', 'memorandum', 'action_programme']),
      startDate: start,
      endDate: dateBack(Math.floor(next() * 380)),
      summary: sentence(next, 15, 30),
      partnership: pick(next, partnerships),
      fields: sample(next, fields, 2),
      actionItems: Array.from({ length: 4 }, () => ({
        description: sentence(next),
        progress: pick(next, ['planned', 'in_progress', 'done']),
        field: pick(next, fields),
      })),
    },
  });
  progress('periods', i, plan.periods);
}

const delegations: string[] = [];
for (let i = 1; i <= plan.delegations; i += 1) {
  const start = dateBack(Math.floor(next() * 3650));
  const created = await strapi.documents('api::delegation.delegation').create({
    locale: 'vi',
    status: 'published',
    data: {
      title: `Đoàn công tác ${words(next, 4)} ${i}`,
      direction: pick(next, ['inbound', 'outbound']),
      startDate: start,
      endDate: start,
      places: words(next, 3),
      purpose: sentence(next),
      outcomes: sentence(next),
      leader: { name: `Ông ${words(next, 2)}`, office: 'Phó Chủ tịch UBND' },
      partnerships: sample(next, partnerships, 1),
      fieldsDiscussed: sample(next, fields, 2),
    },
  });
  delegations.push(created.documentId);
  progress('delegations', i, plan.delegations);
}

for (let i = 1; i <= plan.articles; i += 1) {
  const figure = next() < 0.5;
  await strapi.documents('api::article.article').create({
    locale: 'vi',
    status: 'published',
    data: {
      title: `${sentence(next, 6, 12).slice(0, -1)} (${i})`,
      lead: sentence(next, 20, 35),
      body: [
        { __component: 'content.rich-text', body: paragraphs(next, 3) },
        ...(figure
          ? [{ __component: 'content.figure', image: pick(next, images), alt: words(next, 5), caption: sentence(next), credit: 'Ảnh: Cooperation Atlas' }]
          : []),
        { __component: 'content.rich-text', body: paragraphs(next, 2) },
      ],
      cover: pick(next, images),
      coverAlt: words(next, 6),
      coverCaption: sentence(next),
      author: `Phóng viên ${words(next, 2)}`,
      compiled: next() < 0.3,
      publicationDate: new Date(Date.UTC(2016, 0, 1) + next() * 10 * 365 * 86_400_000).toISOString(),
      category: pick(next, categories),
      tags: sample(next, tags, 3),
      partnerships: sample(next, partnerships, 1 + Math.floor(next() * 2)),
      delegations: next() < 0.4 ? [pick(next, delegations)] : [],
    },
  });
  progress('articles', i, plan.articles);
}

console.log(`[fill] ${JSON.stringify(plan)} written in ${((Date.now() - started) / 1000).toFixed(0)} s`);
await strapi.destroy();
process.exit(0);
