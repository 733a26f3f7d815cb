import os from 'node:os';

export interface BudgetRow {
  budget: string;
  target: string;
  measured: string;
  /** null: not measured (the page does not exist yet); `measured` says why. */
  pass: boolean | null;
}

/** Details under a heading, printed below the table. */
export interface Section {
  title: string;
  lines: string[];
}

const verdict = (row: BudgetRow) => (row.pass === null ? 'skipped' : row.pass ? 'pass' : 'FAIL');
const width = (text: string) => [...text].length;
const pad = (text: string, size: number) => text + ' '.repeat(Math.max(0, size - width(text)));

/** The table as the terminal shows it. */
export function textTable(rows: BudgetRow[]): string {
  const header = ['budget', 'target', 'measured', 'result'];
  const cells = rows.map((row) => [row.budget, row.target, row.measured, verdict(row)]);
  const widths = header.map((title, column) => Math.max(width(title), ...cells.map((row) => width(row[column] ?? ''))));
  const line = (row: string[]) => row.map((cell, column) => pad(cell, widths[column] ?? 0)).join(' │ ');
  return [line(header), widths.map((size) => '─'.repeat(size)).join('─┼─'), ...cells.map(line)].join('\n');
}

export function textSections(sections: Section[]): string {
  return sections.map((section) => [`== ${section.title}`, ...section.lines.map((line) => `  ${line}`)].join('\n')).join('\n\n');
}

/** The machine, as docs/benchmarks.md names it. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${os.cpus().length} cores (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The same table and details as Markdown, with the date and the machine it ran on. */
export function markdownReport(rows: BudgetRow[], sections: Section[], context: { command: string; source: string }): string {
  return [
    "# Budgets of the reader's site",
    '',
    `Measured by \`${context.command}\` on ${new Date().toISOString().slice(0, 10)}: ${machine()}.`,
    `Site: ${context.source}.`,
    '',
    '| budget | target | measured | result |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${cell(row.budget)} | ${cell(row.target)} | ${cell(row.measured)} | ${row.pass === false ? '**fail**' : verdict(row)} |`),
    '',
    ...sections.flatMap((section) => [`## ${section.title}`, '', ...section.lines.map((line) => `- ${line}`), '']),
  ].join('\n');
}
