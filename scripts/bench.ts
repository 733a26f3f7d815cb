/**
 * `./pnpmw bench [articles…]` (default 1000 10000): fills a throwaway Strapi (SQLite) with synthetic
 * content at each size, then measures in one run, through a counting proxy in front of the CMS:
 * - data sync: requests and wall time of the content loaders (`astro sync`, empty store), beside the
 *   naive tutorial approach (REST, default page size, populate=*) on the same data;
 * - cold build: wall time, ms per page, peak resident memory;
 * - warm rebuild after one edited article: GraphQL requests and wall time.
 * Prints a table and writes docs/benchmarks.md with the machine's cores and memory.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { naiveSync } from './bench/naive.ts';
import { planFor } from './bench/synthetic.ts';
import { ensureCmsBuilt, readWhenPresent, startCms } from './lib/cms.ts';
import { ROOT, SITE_DIR } from './lib/paths.ts';
import { freePort } from './lib/ports.ts';
import { freshCmsSecrets } from './lib/secrets.ts';
import { startCountingProxy } from './test-support/counting-proxy.ts';

const ASTRO_BIN = path.join(SITE_DIR, 'node_modules', 'astro', 'bin', 'astro.mjs');
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const SIZES = sizes.length > 0 ? sizes : [1000, 10000];
const say = (line: string) => console.log(`\x1b[35m[bench]\x1b[0m ${line}`);

interface Row {
  articles: number;
  pages: number;
  fillS: number;
  loaderRequests: number;
  loaderS: number;
  naiveRequests: number;
  naiveS: number;
  coldS: number;
  msPerPage: number;
  peakMb: number;
  warmRequests: number;
  warmS: number;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (process.env.BENCH_VERBOSE === '1') process.stderr.write(chunk);
    };
    child.stdout.on('data', (chunk: Buffer) => {
      keep(chunk);
      for (const line of chunk.toString().split('\n')) if (line.startsWith('[fill]')) say(line);
    });
    child.stderr.on('data', keep);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(args[1] ?? command)} exited with ${code}:\n${output}`))));
  });
}

const seconds = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await work();
  return [result, (performance.now() - started) / 1000];
};

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length;
}

async function benchSize(articles: number): Promise<Row> {
  const work = await mkdtemp(path.join(os.tmpdir(), `atlas-bench-${articles}-`));
  const secrets = freshCmsSecrets();
  const tokenFile = path.join(work, 'site-build-token');
  const cmsEnv = {
    ...secrets,
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(work, 'bench.db'),
    ATLAS_SITE_TOKEN_FILE: tokenFile,
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_PLUGIN_I18N_INIT_LOCALE_CODE: 'vi',
  };
  try {
    say(`${articles} articles: filling a fresh CMS (${JSON.stringify(planFor(articles))})…`);
    const [, fillS] = await seconds(() =>
      run(process.execPath, [path.join(ROOT, 'scripts', 'bench', 'fill.ts')], { ...process.env, ...cmsEnv, BENCH_ARTICLES: String(articles) }, ROOT),
    );
    // The fill booted the CMS once and wrote a token; the real start writes the one to use.
    await rm(tokenFile, { force: true });
    const cms = await startCms(cmsEnv, { port: await freePort(), timeoutMs: 600_000 });
    const proxy = await startCountingProxy(cms.url);
    try {
      const token = await readWhenPresent(tokenFile);
      const outDir = path.join(work, 'dist');
      const cacheDir = path.join(work, 'cache');
      const rssFile = path.join(work, 'rss');
      const siteEnv = (extra: Record<string, string> = {}) => ({
        ...process.env,
        CMS_URL: proxy.url,
        CMS_TOKEN: token,
        ATLAS_SITE_OUT_DIR: outDir,
        ATLAS_SITE_CACHE_DIR: cacheDir,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...extra,
      });

      say('data sync with the content loaders (empty store)…');
      proxy.reset();
      const [, loaderS] = await seconds(() => run(process.execPath, [ASTRO_BIN, 'sync'], siteEnv(), SITE_DIR));
      const loaderRequests = proxy.dataRequests();

      say('data sync the tutorial way (REST, default page size)…');
      proxy.reset();
      const [, naiveS] = await seconds(() => naiveSync(proxy.url, token));
      const naiveRequests = proxy.dataRequests();

      say('cold build (empty store and image cache)…');
      await rm(cacheDir, { recursive: true, force: true });
      proxy.reset();
      const [, coldS] = await seconds(() =>
        run(
          process.execPath,
          ['--import', path.join(ROOT, 'scripts', 'bench', 'report-rss.ts'), ASTRO_BIN, 'build'],
          siteEnv({ BENCH_RSS_FILE: rssFile }),
          SITE_DIR,
        ),
      );
      const peakMb = Number(await readFile(rssFile, 'utf8')) / 1024;
      const pages = await countPages(outDir);

      say('warm rebuild after one edited article…');
      const answer = await fetch(`${cms.url}/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ articles(locale: "vi", pagination: { limit: 1 }) { documentId title } }' }),
      });
      const { data } = (await answer.json()) as { data: { articles: Array<{ documentId: string; title: string }> } };
      const article = data.articles[0];
      if (!article) throw new Error('no article to edit');
      await editArticle(cms.url, secrets, article.documentId, `${article.title} (sửa)`);
      proxy.reset();
      const [, warmS] = await seconds(() => run(process.execPath, [ASTRO_BIN, 'build'], siteEnv(), SITE_DIR));
      const warmRequests = proxy.operations.length;

      return { articles, pages, fillS, loaderRequests, loaderS, naiveRequests, naiveS, coldS, msPerPage: (coldS * 1000) / pages, peakMb, warmRequests, warmS };
    } finally {
      await proxy.close();
      await cms.stop();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Edits as an editor would: through the admin's content-manager API, publishing the change. */
async function editArticle(cmsUrl: string, secrets: Record<string, string>, documentId: string, title: string): Promise<void> {
  const login = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: secrets.ATLAS_ADMIN_EMAIL, password: secrets.ATLAS_ADMIN_PASSWORD }),
  });
  const jwt = ((await login.json()) as { data: { token: string } }).data.token;
  const base = `${cmsUrl}/content-manager/collection-types/api::article.article/${documentId}`;
  const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` };
  const saved = await fetch(`${base}?locale=vi`, { method: 'PUT', headers, body: JSON.stringify({ title }) });
  if (!saved.ok) throw new Error(`editing the article: HTTP ${saved.status} ${await saved.text()}`);
  const published = await fetch(`${base}/actions/publish?locale=vi`, { method: 'POST', headers, body: JSON.stringify({}) });
  if (!published.ok) throw new Error(`publishing the article: HTTP ${published.status} ${await published.text()}`);
}

function table(rows: Row[]): string {
  const header = [
    'articles',
    'pages',
    'fill (s)',
    'loader sync: requests',
    'loader sync (s)',
    'naive sync: requests',
    'naive sync (s)',
    'request ratio',
    'cold build (s)',
    'ms / page',
    'peak RSS (MB)',
    'warm: GraphQL requests',
    'warm (s)',
    'warm / cold',
  ];
  const lines = rows.map((r) =>
    [
      r.articles,
      r.pages,
      r.fillS.toFixed(0),
      r.loaderRequests,
      r.loaderS.toFixed(1),
      r.naiveRequests,
      r.naiveS.toFixed(1),
      `${(r.naiveRequests / r.loaderRequests).toFixed(1)}×`,
      r.coldS.toFixed(1),
      r.msPerPage.toFixed(1),
      r.peakMb.toFixed(0),
      r.warmRequests,
      r.warmS.toFixed(1),
      `${((r.warmS / r.coldS) * 100).toFixed(0)} %`,
    ].map(String),
  );
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...lines.map((cells) => `| ${cells.join(' | ')} |`)].join('\n');
}

await ensureCmsBuilt(say);
const rows: Row[] = [];
for (const size of SIZES) {
  const row = await benchSize(size);
  rows.push(row);
  say(`${size}: done`);
}
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const markdown = `# Benchmarks

Measured by \`./pnpmw bench ${SIZES.join(' ')}\` on ${new Date().toISOString().slice(0, 10)}: ${machine}.
Synthetic content per 1,000 articles: 30 partnerships, 300 delegations, 60 cooperation periods, on top of
the demo content; Strapi on SQLite, production mode. Requests are counted by a proxy in front of the CMS.

${table(rows)}

- *loader sync*: \`astro sync\` with an empty content store: the content loaders of \`site/src/loaders/\`.
- *naive sync*: what the common tutorials do in \`getStaticPaths\`: REST, default page size (25),
  \`populate=*\`, per collection and locale (counted once, the most favourable case).
- *cold build*: \`astro build\` with an empty content store and image cache; ms / page is wall time over HTML pages.
- *warm*: \`astro build\` after one article was edited and published in the admin, with the store and cache of the cold build.
`;
await writeFile(path.join(ROOT, 'docs', 'benchmarks.md'), markdown);
console.log(`\n${table(rows)}\n\n${machine}\nWritten to docs/benchmarks.md`);
process.exit(0);
