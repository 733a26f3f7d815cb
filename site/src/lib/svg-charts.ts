import type { SiteLocale } from '@atlas/shared';

/**
 * Horizontal bar charts computed at build time: every position, width and label is worked out here so
 * that src/components/BarChart.astro only writes the markup. A chart is one bar per row; with several
 * series the bar is stacked, one segment per series, and its label spells out each series' count.
 */

export interface BarDatum {
  key: string;
  label: string;
  value: number;
}

export interface StackedDatum<K extends string> {
  key: string;
  label: string;
  values: Readonly<Record<K, number>>;
}

export interface ChartSeries<K extends string> {
  key: K;
  label: string;
  /** Written after the series' count in the bar's label (`5 vào`), so the chart does not rely on colour. */
  shortLabel: string;
}

export interface ChartOptions {
  locale: SiteLocale;
  /** Width of the viewBox; the SVG scales to its container, so this sets the text's relative size. */
  width?: number;
  /** Heading of the value column in the data table of a one-series chart. */
  valueLabel?: string;
}

export interface BarSegment {
  /** Index into the chart's series, for the segment's colour class. */
  series: number;
  value: number;
  x: number;
  width: number;
}

export interface BarRow {
  key: string;
  label: string;
  /** The label as drawn: cut short with `…` when it would not fit its column (the table has it whole). */
  shownLabel: string;
  y: number;
  /** Vertical centre of the bar, where its texts sit. */
  textY: number;
  segments: BarSegment[];
  total: number;
  valueText: string;
  valueX: number;
}

export interface LegendEntry {
  series: number;
  label: string;
  x: number;
  y: number;
  textX: number;
  textY: number;
}

export interface BarChart {
  width: number;
  height: number;
  viewBox: string;
  fontSize: number;
  barHeight: number;
  swatchSize: number;
  /** Row labels end here (text-anchor end); bars start at plotX. */
  labelX: number;
  plotX: number;
  plotWidth: number;
  rows: BarRow[];
  legend: LegendEntry[];
  /** For the SVG's `<desc>`. */
  description: string;
  /** Set when there is no row to draw: the component prints it instead of the chart. */
  noData: string | null;
  /** The same figures as a table for screen readers: one column per series, and a total for several. */
  table: { headers: string[]; rows: Array<{ label: string; cells: string[] }> };
}

const TEXT = {
  vi: {
    noData: 'Chưa có số liệu.',
    count: 'Số lượng',
    total: 'Tổng',
    describe: (rows: number, top: string) => `Biểu đồ thanh ngang, ${rows} hàng. Cao nhất: ${top}.`,
    stacks: (series: string) => ` Mỗi thanh gồm: ${series}.`,
  },
  en: {
    noData: 'No data yet.',
    count: 'Count',
    total: 'Total',
    describe: (rows: number, top: string) => `Horizontal bar chart, ${rows} rows. Highest: ${top}.`,
    stacks: (series: string) => ` Each bar stacks: ${series}.`,
  },
} as const satisfies Record<SiteLocale, unknown>;

const DEFAULT_WIDTH = 560;
const FONT_SIZE = 14;
/** Mean advance of a character of the site's typeface, in ems: text cannot be measured at build time. */
const CHAR_EM = 0.58;
const GAP = 8;
const BAR_HEIGHT = 18;
const ROW_HEIGHT = 28;
const LEGEND_ROW = 26;
const SWATCH = 12;
const PADDING = 6;

const round = (n: number) => Math.round(n * 10) / 10;
const textWidth = (text: string) => [...text].length * FONT_SIZE * CHAR_EM;
/** A count the chart can draw: anything not a finite, positive number counts as zero. */
const clean = (n: number) => (Number.isFinite(n) && n > 0 ? n : 0);

function fit(label: string, width: number): string {
  const chars = [...label];
  const room = Math.max(1, Math.floor(width / (FONT_SIZE * CHAR_EM)));
  return chars.length <= room
    ? label
    : `${chars
        .slice(0, room - 1)
        .join('')
        .trimEnd()}…`;
}

/** Legend entries side by side, wrapping onto a new line when the next would overflow the width. */
function layoutLegend(labels: readonly string[], width: number): LegendEntry[] {
  let x = 0;
  let line = 0;
  return labels.map((label, series) => {
    const advance = SWATCH + GAP / 2 + textWidth(label) + GAP * 2;
    if (x > 0 && x + advance > width) [x, line] = [0, line + 1];
    const y = PADDING + line * LEGEND_ROW;
    const entry = { series, label, x: round(x), y, textX: round(x + SWATCH + GAP / 2), textY: y + SWATCH / 2 };
    x += advance;
    return entry;
  });
}

/** A stacked horizontal bar chart: one bar per row, one segment per series, in the series' order. */
export function stackedBarChart<K extends string>(
  data: ReadonlyArray<StackedDatum<K>>,
  series: ReadonlyArray<ChartSeries<K>>,
  options: ChartOptions,
): BarChart {
  const text = TEXT[options.locale];
  const width = options.width ?? DEFAULT_WIDTH;
  const number = new Intl.NumberFormat(options.locale);
  const stacked = series.length > 1;
  const counted = data.map((datum) => {
    const values = series.map((s) => clean(datum.values[s.key]));
    const total = values.reduce((sum, value) => sum + value, 0);
    const parts = series.map((s, i) => `${number.format(values[i] ?? 0)} ${s.shortLabel}`.trim());
    const valueText = stacked ? `${number.format(total)} (${parts.join(' · ')})` : number.format(total);
    return { ...datum, values, total, valueText };
  });
  const table = {
    headers: stacked ? [...series.map((s) => s.label), text.total] : [options.valueLabel ?? series[0]?.label ?? text.count],
    rows: counted.map((row) => ({ label: row.label, cells: (stacked ? [...row.values, row.total] : [row.total]).map((v) => number.format(v)) })),
  };
  const legend = stacked
    ? layoutLegend(
        series.map((s) => s.label),
        width,
      )
    : [];
  const top = legend.length ? (legend.at(-1)?.y ?? 0) + LEGEND_ROW : PADDING;
  const labelColumn = Math.min(Math.max(48, ...counted.map((row) => textWidth(row.label))) + GAP, width * 0.38);
  const valueColumn = Math.min(Math.max(0, ...counted.map((row) => textWidth(row.valueText))) + GAP * 2, width * 0.4);
  const plotWidth = round(width - labelColumn - valueColumn);
  const max = Math.max(0, ...counted.map((row) => row.total));
  // With nothing above zero every bar is empty rather than infinitely long.
  const scale = max > 0 ? plotWidth / max : 0;

  const rows = counted.map((row, index): BarRow => {
    const y = top + index * ROW_HEIGHT;
    let x = labelColumn;
    const segments = row.values.flatMap((value, s): BarSegment[] => {
      if (value === 0) return [];
      const segment = { series: s, value, x: round(x), width: round(value * scale) };
      x += value * scale;
      return [segment];
    });
    return {
      key: row.key,
      label: row.label,
      shownLabel: fit(row.label, labelColumn - GAP),
      y,
      textY: y + BAR_HEIGHT / 2,
      segments,
      total: row.total,
      valueText: row.valueText,
      valueX: round(labelColumn + row.total * scale + GAP / 2),
    };
  });
  const highest = counted.reduce<(typeof counted)[number] | null>((best, row) => (!best || row.total > best.total ? row : best), null);
  const height = rows.length ? top + rows.length * ROW_HEIGHT + PADDING - (ROW_HEIGHT - BAR_HEIGHT) : 0;

  return {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    fontSize: FONT_SIZE,
    barHeight: BAR_HEIGHT,
    swatchSize: SWATCH,
    labelX: round(labelColumn - GAP),
    plotX: round(labelColumn),
    plotWidth,
    rows,
    legend,
    description: highest
      ? text.describe(rows.length, `${highest.label} – ${highest.valueText}`) + (stacked ? text.stacks(series.map((s) => s.label).join(', ')) : '')
      : text.noData,
    noData: rows.length ? null : text.noData,
    table,
  };
}

/** A bar chart of one count per row. */
export function barChart(data: readonly BarDatum[], options: ChartOptions): BarChart {
  const label = options.valueLabel ?? TEXT[options.locale].count;
  return stackedBarChart(
    data.map((datum) => ({ key: datum.key, label: datum.label, values: { value: datum.value } })),
    [{ key: 'value', label, shortLabel: '' }],
    options,
  );
}
