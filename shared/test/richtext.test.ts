import { describe, expect, it } from 'vitest';
import { formatByline, formatCredit } from '../src/credit.ts';
import { renderRichText, richTextToPlain } from '../src/richtext.ts';

describe('renderRichText', () => {
  it('renders Markdown with Vietnamese intact', () => {
    expect(renderRichText('## Hữu nghị\n\nThủ đô **Hà Nội**')).toBe('<h2>Hữu nghị</h2>\n<p>Thủ đô <strong>Hà Nội</strong></p>\n');
  });

  it.each([
    ['<script>alert(1)</script>', /<script/i],
    ['<img src=x onerror="alert(1)">', /onerror/i],
    ['[click](javascript:alert(1))', /javascript:/i],
    ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', /data:/i],
    ['<svg><script>alert(1)</script></svg>', /<svg|<script/i],
    ['<iframe src="https://example.com"></iframe>', /<iframe/i],
    ['<p style="background:url(javascript:alert(1))">x</p>', /style=|javascript:/i],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', /javascript:/i],
  ])('neutralises %s', (payload, forbidden) => {
    expect(renderRichText(payload)).not.toMatch(forbidden);
  });

  it('keeps safe links and marks external ones noopener', () => {
    expect(renderRichText('[Hà Nội](https://hanoi.gov.vn)')).toContain('rel="noopener noreferrer"');
  });

  it('gives plain text for descriptions', () => {
    expect(richTextToPlain('## Tiêu đề\n\nĐoạn **một**.')).toBe('Tiêu đề Đoạn một.');
  });
});

describe('credits and bylines', () => {
  it.each([
    ['Nguyễn Thu Hà/TTXVN', 'Ảnh: Nguyễn Thu Hà/TTXVN'],
    ['Ảnh: Nguyễn Thu Hà/TTXVN', 'Ảnh: Nguyễn Thu Hà/TTXVN'],
    ['', ''],
  ])('%s → %s', (credit, expected) => {
    expect(formatCredit(credit, 'vi')).toBe(expected);
  });
  it('marks compiled articles t/h', () => {
    expect(formatByline('Hạnh Trần', true)).toBe('Hạnh Trần (t/h)');
    expect(formatByline('Phan Minh', false)).toBe('Phan Minh');
  });
});
