/**
 * Bar chart geometry: bars scale to the largest value, stacked segments follow each other, labels and
 * table carry the figures in the locale's number format, and odd input draws an honest empty chart.
 */
import { describe, expect, it } from 'vitest';
import { barChart, stackedBarChart, type BarChart, type BarDatum, type ChartSeries, type StackedDatum } from '../../src/lib/svg-charts.ts';

const countries = [
  { key: 'FR', label: 'Pháp', value: 12 },
  { key: 'DE', label: 'Đức', value: 6 },
  { key: 'JP', label: 'Nhật Bản', value: 3 },
] satisfies BarDatum[];

const series = [
  { key: 'inbound', label: 'Đoàn vào', shortLabel: 'vào' },
  { key: 'outbound', label: 'Đoàn ra', shortLabel: 'ra' },
] satisfies Array<ChartSeries<'inbound' | 'outbound'>>;
const years = [
  { key: '2022', label: '2022', values: { inbound: 1, outbound: 3 } },
  { key: '2023', label: '2023', values: { inbound: 0, outbound: 0 } },
  { key: '2024', label: '2024', values: { inbound: 2, outbound: 0 } },
] satisfies Array<StackedDatum<'inbound' | 'outbound'>>;

/** Every number anywhere in the chart, to catch a NaN or an infinity wherever it hides. */
function numbersOf(chart: BarChart): number[] {
  const found: number[] = [];
  JSON.stringify(chart, (_, value: unknown) => {
    if (typeof value === 'number') found.push(value);
    return value;
  });
  return found;
}
const widthOf = (chart: BarChart, key: string) => chart.rows.find((r) => r.key === key)?.segments.reduce((sum, s) => sum + s.width, 0);

describe('barChart', () => {
  const chart = barChart(countries, { locale: 'vi' });

  it('scales bars to the largest value, which fills the plot', () => {
    expect(widthOf(chart, 'FR')).toBeCloseTo(chart.plotWidth, 1);
    expect(widthOf(chart, 'DE')).toBeCloseTo(chart.plotWidth / 2, 1);
    expect(widthOf(chart, 'JP')).toBeCloseTo(chart.plotWidth / 4, 1);
    expect(chart.plotX + chart.plotWidth).toBeLessThanOrEqual(chart.width);
  });

  it('stacks rows downwards within the viewBox, labels left of the bars and values right of them', () => {
    const ys = chart.rows.map((r) => r.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(chart.viewBox).toBe(`0 0 ${chart.width} ${chart.height}`);
    for (const row of chart.rows) {
      expect(row.y + chart.barHeight).toBeLessThanOrEqual(chart.height);
      expect(row.segments[0]?.x).toBe(chart.plotX);
      expect(row.valueX).toBeGreaterThan((row.segments[0]?.x ?? 0) + (row.segments[0]?.width ?? 0));
    }
    expect(chart.labelX).toBeLessThan(chart.plotX);
    expect(chart.legend).toEqual([]);
  });

  it('describes the chart and gives the same figures as a table', () => {
    expect(chart.noData).toBeNull();
    expect(chart.description).toBe('Biểu đồ thanh ngang, 3 hàng. Cao nhất: Pháp – 12.');
    expect(chart.table).toEqual({
      headers: ['Số lượng'],
      rows: [
        { label: 'Pháp', cells: ['12'] },
        { label: 'Đức', cells: ['6'] },
        { label: 'Nhật Bản', cells: ['3'] },
      ],
    });
  });

  it.each([
    ['vi', '12.345'],
    ['en', '12,345'],
  ] as const)('formats numbers for the locale (%s)', (locale, text) => {
    const big = barChart([{ key: 'x', label: 'X', value: 12345 }], { locale, valueLabel: 'N' });
    expect(big.rows[0]?.valueText).toBe(text);
    expect(big.table.rows[0]?.cells).toEqual([text]);
    expect(big.table.headers).toEqual(['N']);
  });

  it('shortens a label too long for its column and keeps it whole in the table', () => {
    const label = 'Cộng hòa Dân chủ Nhân dân Lào và những địa phương kết nghĩa lâu năm';
    const long = barChart([{ key: 'la', label, value: 1 }], { locale: 'vi' });
    expect(long.rows[0]?.shownLabel).toMatch(/…$/);
    expect(long.rows[0]?.shownLabel.length).toBeLessThan(label.length);
    expect(long.table.rows[0]?.label).toBe(label);
  });
});

describe('stackedBarChart', () => {
  const chart = stackedBarChart(years, series, { locale: 'vi' });

  it('lays segments end to end in series order, skipping empty ones', () => {
    const [first, second] = chart.rows[0]?.segments ?? [];
    expect(first).toMatchObject({ series: 0, value: 1, x: chart.plotX });
    expect(second).toMatchObject({ series: 1, value: 3 });
    expect(second?.x).toBeCloseTo((first?.x ?? 0) + (first?.width ?? 0), 1);
    expect(widthOf(chart, '2022')).toBeCloseTo(chart.plotWidth, 1);
    expect(chart.rows[1]?.segments).toEqual([]);
    expect(chart.rows[2]?.segments).toHaveLength(1);
  });

  it('spells out each series in the bar label, the legend and the table', () => {
    expect(chart.rows.map((r) => r.valueText)).toEqual(['4 (1 vào · 3 ra)', '0 (0 vào · 0 ra)', '2 (2 vào · 0 ra)']);
    expect(chart.legend.map((l) => [l.series, l.label])).toEqual([
      [0, 'Đoàn vào'],
      [1, 'Đoàn ra'],
    ]);
    expect(chart.legend[1]?.x).toBeGreaterThan(chart.legend[0]?.textX ?? Infinity);
    // The bars start below the legend.
    expect(chart.rows[0]?.y).toBeGreaterThan((chart.legend[0]?.y ?? 0) + chart.swatchSize);
    expect(chart.table.headers).toEqual(['Đoàn vào', 'Đoàn ra', 'Tổng']);
    expect(chart.table.rows[0]).toEqual({ label: '2022', cells: ['1', '3', '4'] });
    expect(chart.description).toContain('Đoàn vào, Đoàn ra');
  });
});

describe('charts of nothing', () => {
  it.each([
    ['no rows', barChart([], { locale: 'vi' }), 'Chưa có số liệu.'],
    ['no rows (en)', stackedBarChart([], series, { locale: 'en' }), 'No data yet.'],
  ])('%s: an empty chart with a message', (_, chart, message) => {
    expect(chart.rows).toEqual([]);
    expect(chart.noData).toBe(message);
    expect(chart.table.rows).toEqual([]);
    expect(numbersOf(chart).every(Number.isFinite)).toBe(true);
  });

  it('draws zero, negative and non-finite values as empty bars, never NaN', () => {
    const odd = barChart(
      [
        { key: 'zero', label: 'Zero', value: 0 },
        { key: 'negative', label: 'Negative', value: -3 },
        { key: 'nan', label: 'NaN', value: Number.NaN },
        { key: 'infinite', label: 'Infinite', value: Number.POSITIVE_INFINITY },
      ],
      { locale: 'en' },
    );
    expect(odd.noData).toBeNull();
    expect(odd.rows.every((row) => row.segments.length === 0 && row.total === 0)).toBe(true);
    expect(numbersOf(odd).every(Number.isFinite)).toBe(true);
  });
});
