import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../api/segment.ts';
import { groupAgrees, groupSegments } from './segment-groups.ts';
import { SEGMENT_CSV_COLUMNS, segmentsCsv, segmentsHtml } from './segments-export.ts';

const seg = (over: Partial<Segment>): Segment => ({
  annotationId: 'a',
  transcriptId: 't1',
  title: 'SYN-0001',
  participant: 'P-1',
  coderId: 'c1',
  coder: 'Ada',
  codeId: 'derogation',
  codeLabel: 'Derogation',
  groupId: 'tone',
  color: '#aa0000',
  start: 10,
  end: 20,
  line: 2,
  section: 1,
  sectionTitle: 'Parents',
  text: 'waste, "of"',
  before: 'He was a ',
  after: ' space.',
  note: '',
  severity: null,
  eventId: null,
  event: null,
  ...over,
});

describe('segment groups', () => {
  it('puts overlapping highlights of one transcript in one passage, and no others', () => {
    const groups = groupSegments([
      seg({ coder: 'Ada' }),
      seg({ coder: 'Ben', start: 15, end: 30 }),
      seg({ coder: 'Cy', start: 29, end: 35 }),
      seg({ coder: 'Ada', start: 35, end: 40 }),
      seg({ transcriptId: 't2', coder: 'Ben', start: 36, end: 40 }),
    ]);
    expect(groups.map((g) => [g.transcriptId, g.start, g.end, g.segments.map((s) => s.coder)])).toEqual([
      ['t1', 10, 35, ['Ada', 'Ben', 'Cy']],
      ['t1', 35, 40, ['Ada']],
      ['t2', 36, 40, ['Ben']],
    ]);
  });

  it('agrees only when two or more coders gave the same code to the same text', () => {
    expect(groupAgrees(groupSegments([seg({}), seg({ coder: 'Ben' })])[0]!)).toBe(true);
    expect(groupAgrees(groupSegments([seg({}), seg({ coder: 'Ben', codeId: 'humour' })])[0]!)).toBe(false);
    expect(groupAgrees(groupSegments([seg({})])[0]!)).toBe(false);
  });
});

describe('segment exports', () => {
  it('CSV: header, one row per highlight, quotes and commas round-trip through a CSV parser, NA for missing', () => {
    const csv = segmentsCsv([seg({ note: 'line one\nline, two' }), seg({ participant: null, severity: 2 })]);
    const rows = parse(csv) as string[][];
    expect(rows[0]).toEqual([...SEGMENT_CSV_COLUMNS]);
    expect(rows[1]).toEqual([
      't1',
      'SYN-0001',
      'P-1',
      'Ada',
      'derogation',
      'Derogation',
      '10',
      '20',
      '2',
      '1',
      'NA',
      'NA',
      'waste, "of"',
      'line one\nline, two',
    ]);
    expect(rows[2]?.[2]).toBe('NA');
    expect(rows[2]?.[10]).toBe('2');
  });

  it('HTML: each passage once, every coder below it, data escaped, nothing remote', () => {
    const html = segmentsHtml(
      [seg({ note: '<script>x</script>' }), seg({ coder: 'Ben', codeId: 'humour', codeLabel: 'Humour' })],
      { project: 'study', filters: 'all codes' },
    );
    expect(html.match(/<section>/g)).toHaveLength(1);
    expect(html).toContain('<mark>waste, &quot;of&quot;</mark>');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<span class="code">Humour</span> · Ben');
    expect(html).toContain('2 highlights in 1 passage');
    expect(html).not.toMatch(/https?:/);
  });
});
