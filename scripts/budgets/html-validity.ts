import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { ROOT } from '../lib/paths.ts';
import type { BuiltPage } from './site-files.ts';

export interface HtmlProblem {
  urlPath: string;
  line: number;
  rule: string;
  message: string;
}

/**
 * Every page through html-validate with the repository's .htmlvalidate.json: the recommended rules, less
 * one. `long-title` (≤ 70 characters) is off because an article's title is its headline, and Vietnamese
 * headlines run longer than that; cutting them would hide what the page is about.
 */
export async function htmlProblems(pages: BuiltPage[]): Promise<HtmlProblem[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader({ root: true, extends: [path.join(ROOT, '.htmlvalidate.json')] }));
  const problems: HtmlProblem[] = [];
  for (const page of pages) {
    const report = await validator.validateFile(page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        problems.push({ urlPath: page.urlPath, line: message.line, rule: message.ruleId, message: message.message });
      }
    }
  }
  return problems;
}
