/**
 * Child process of cms-types.ts: runs Strapi's own type generator on the CMS's content types and
 * components as Strapi registers them (plugins' types and the fields Strapi adds included), writing
 * `<dir>/generated/contentTypes.d.ts` and `components.d.ts`. Usage: node cms-types-worker.ts <dir>
 *
 * `strapi ts:generate-types` does the same after a full, type-checked compile into cms/dist (about 6 s,
 * and it rewrites the build a running CMS loads). Here the server sources are transpiled file by file
 * (no type check) into a private folder, and Strapi is created on it and only registered: no database,
 * no server, no bootstrap. A child process, because Strapi sets globals and reads its config from
 * process.env.
 */
import { createRequire } from 'node:module';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';
import { CMS_DIR } from './paths.ts';

interface Strapi {
  register(): Promise<Strapi>;
  destroy(): Promise<void>;
}
interface StrapiPackage {
  createStrapi: (options: { appDir: string; distDir: string }) => Strapi;
}
interface TypeScriptUtils {
  generators: {
    generate(config: { strapi: Strapi; pwd: string; rootDir: string; logger: { silent: boolean }; artifacts: Record<string, boolean> }): Promise<unknown>;
  };
}

const GENERATED = ['contentTypes.d.ts', 'components.d.ts'];

/** The server build's files (cms/tsconfig.json's own include/exclude), transpiled to CommonJS as Strapi's compile emits them. */
async function transpileServer(distDir: string): Promise<void> {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(CMS_DIR, 'tsconfig.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('cms/tsconfig.json could not be read');
  // File by file, the output is the same JavaScript as tsc's whole-program emit (compared byte for byte
  // when this was written): the code writes `import type` for types, so no import needs type information.
  const { options: compilerOptions } = parsed;
  for (const file of parsed.fileNames) {
    if (file.endsWith('.d.ts')) continue;
    const target = path.join(distDir, path.relative(CMS_DIR, file));
    await mkdir(path.dirname(target), { recursive: true });
    if (file.endsWith('.ts')) {
      const { outputText } = ts.transpileModule(await readFile(file, 'utf8'), { compilerOptions, fileName: file });
      await writeFile(target.replace(/\.ts$/, '.js'), outputText);
    } else {
      await copyFile(file, target);
    }
  }
}

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: node cms-types-worker.ts <dir>');

// Strapi's packages are CommonJS, loaded from cms/ and typed above by the little used of them. The
// generator is the one @strapi/strapi itself depends on, so its output matches `strapi develop`'s.
const requireFromCms = createRequire(path.join(CMS_DIR, 'package.json'));
const { createStrapi } = requireFromCms('@strapi/strapi') as StrapiPackage;
const requireFromStrapi = createRequire(requireFromCms.resolve('@strapi/strapi/package.json'));
const { generators } = requireFromStrapi('@strapi/typescript-utils') as TypeScriptUtils;

// Inside cms/node_modules, so that the transpiled files find the CMS's dependencies.
const cacheDir = path.join(CMS_DIR, 'node_modules', '.cache');
await mkdir(cacheDir, { recursive: true });
const distDir = await mkdtemp(path.join(cacheDir, 'atlas-types-'));
try {
  await transpileServer(distDir);
  const app = await createStrapi({ appDir: CMS_DIR, distDir }).register();
  // Formatted with the Prettier config found from the working directory (cms/ → the root's), as in `strapi develop`.
  await generators.generate({ strapi: app, pwd: outDir, rootDir: '.', logger: { silent: true }, artifacts: { contentTypes: true, components: true } });
  await app.destroy();
  // The generator logs its failures (silenced above) instead of throwing: check what it wrote.
  for (const file of GENERATED) await stat(path.join(outDir, 'generated', file));
} finally {
  await rm(distDir, { recursive: true, force: true });
}
