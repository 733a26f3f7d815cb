/**
 * `./pnpmw run cms:types`: regenerates cms/types/generated/ (Strapi's types of the CMS's content types
 * and components) after a schema changed. Commit the result: a unit test checks it is current.
 */
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateCmsTypes, GENERATED_TYPES_DIR } from './lib/cms-types.ts';
import { ROOT } from './lib/paths.ts';
import { ensureSharedBuilt } from './lib/shared.ts';

// The generator loads the CMS's server code, which imports shared's compiled output.
await ensureSharedBuilt();
const started = Date.now();
const generated = await generateCmsTypes();
await mkdir(GENERATED_TYPES_DIR, { recursive: true });
for (const [name, text] of generated) {
  const file = path.join(GENERATED_TYPES_DIR, name);
  const before = await readFile(file, 'utf8').catch(() => null);
  if (before !== text) await writeFile(file, text);
  console.log(`${path.relative(ROOT, file)}: ${before === text ? 'unchanged' : 'written'}`);
}
console.log(`Generated in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
