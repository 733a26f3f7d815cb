import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { ROOT } from '../lib/paths.ts';
import type { BuiltPage } from './site-files.ts';

export interface HtmlProblem {
  /** The file's path inside the built site. */
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

/**
 * Every page through html-validate with the repository's .htmlvalidate.json (html-validate's
 * recommended rules, less `long-title`: an article's title is its headline, and Vietnamese headlines
 * run past its 70 characters; cutting them would hide what the page is about). Only that file counts:
 * a static loader searches no other configuration beside the built pages.
 */
export async function htmlProblems(pages: BuiltPage[], config = path.join(ROOT, '.htmlvalidate.json')): Promise<HtmlProblem[]> {
  const rules = JSON.parse(await readFile(config, 'utf8')) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader({ ...rules, root: true }));
  const problems: HtmlProblem[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({ file: page.relative, line: message.line, column: message.column, rule: message.ruleId, message: message.message });
      }
    }
  }
  return problems;
}

/** How many problems each rule found, most first. */
export function problemsByRule(problems: HtmlProblem[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const problem of problems) counts.set(problem.rule, (counts.get(problem.rule) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}
