import os from 'node:os';

export interface BudgetRow {
  budget: string;
  target: string;
  measured: string;
  pass: boolean | null;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));

/** The table as the terminal shows it. */
export function textTable(rows: BudgetRow[]): string {
  const cells = rows.map((row) => [row.budget, row.target, row.measured, row.pass === null ? 'skipped' : row.pass ? 'pass' : 'FAIL']);
  const header = ['budget', 'target', 'measured', 'result'];
  const widths = header.map((title, column) => Math.max([...title].length, ...cells.map((row) => [...(row[column] ?? '')].length)));
  const line = (row: string[]) => row.map((cell, column) => pad(cell, widths[column] ?? 0)).join(' │ ');
  return [line(header), widths.map((width) => '─'.repeat(width)).join('─┼─'), ...cells.map(line)].join('\n');
}

/** The same table and the details as Markdown, with the machine it ran on. */
export function markdownReport(rows: BudgetRow[], details: string[]): string {
  const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}`;
  return [
    '# Budgets of the reader\'s site',
    '',
    `Measured by \`./pnpmw budgets\` on ${new Date().toISOString().slice(0, 10)} (${machine}) over the site built from the demo content.`,
    '',
    '| budget | target | measured | result |',
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.budget} | ${row.target} | ${row.measured} | ${row.pass === null ? 'skipped' : row.pass ? 'pass' : '**fail**'} |`),
    '',
    ...details,
    '',
  ].join('\n');
}
