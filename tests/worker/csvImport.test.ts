// The CSV import of people, as its worker runs it: decoding, parsing (delimiters, BOM, quotes),
// line numbers, column types, default mappings from en/de/fr headers, and the check of every row.
import { describe, expect, it } from 'vitest';
import {
  checkRows,
  createCsvImportService,
  decodeCsv,
  parseCsv,
  summarize,
  type ColumnTarget,
  type CsvContext,
} from '../../src/worker/csvImport';
import { defaultMapping } from '../../src/worker/csvHeaders';

const context: CsvContext = {
  listed: ['ann'],
  cohorts: [{ id: 'lead', size: 5 }],
  programItems: ['P1', 'P2'],
};
const utf8 = (text: string) => new TextEncoder().encode(text);
const targets = (...to: (ColumnTarget['to'] | `attribute:${string}`)[]): ColumnTarget[] =>
  to.map((t) =>
    t.startsWith('attribute:')
      ? { to: 'attribute', name: t.slice(10) }
      : ({ to: t } as ColumnTarget),
  );

describe('reading a CSV file', () => {
  it('reads a semicolon file with a BOM and German headers, as Excel writes it in Germany', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...utf8('E-Mail;Zeitzone;Abgemeldet;Land\r\nann@example.com;Europe/Berlin;nein;DE\r\n'),
    ]);
    const parsed = parseCsv(decodeCsv(bytes));
    expect(parsed.delimiter).toBe(';');
    expect(parsed.header).toEqual(['E-Mail', 'Zeitzone', 'Abgemeldet', 'Land']);
    expect(parsed.rows).toEqual([['ann@example.com', 'Europe/Berlin', 'nein', 'DE']]);
    expect(parsed.lines).toEqual([2]);
    expect(summarize(parsed).columns.map((c) => c.mapping)).toEqual(
      targets('id', 'timeZone', 'unsubscribed', 'attribute:Land'),
    );
  });

  it('reads commas and tabs, and quoted fields holding commas, quotes and line breaks', () => {
    const comma = parseCsv(
      'id,city,note\nann,"Paris, France","said ""hi""\nand left"\nben,Oslo,\n',
    );
    expect(comma.delimiter).toBe(',');
    expect(comma.rows).toEqual([
      ['ann', 'Paris, France', 'said "hi"\nand left'],
      ['ben', 'Oslo', ''],
    ]);
    // ben's row starts on line 4: ann's note spans lines 2 and 3.
    expect(comma.lines).toEqual([2, 4]);
    const tab = parseCsv('id\tscore\nann\t3\n');
    expect(tab.delimiter).toBe('\t');
    expect(tab.rows).toEqual([['ann', '3']]);
  });

  it('counts lines from the header (line 1), empty lines included', () => {
    const parsed = parseCsv('id;x\n\nann;1\n;;\n\nben;2\n');
    expect(parsed.rows.map((r) => r[0])).toEqual(['ann', 'ben']);
    expect(parsed.lines).toEqual([3, 6]);
  });

  it('decodes UTF-8, UTF-16 with a BOM, and falls back to Windows-1252 for old Excel files', () => {
    expect(decodeCsv(utf8('\uFEFFid\nMüller'))).toBe('id\nMüller');
    const latin1 = new Uint8Array([...utf8('id\nM'), 0xfc, ...utf8('ller')]);
    expect(decodeCsv(latin1)).toBe('id\nMüller');
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...[...'id\nZoë'].flatMap((c) => [c.charCodeAt(0), 0]),
    ]);
    expect(decodeCsv(utf16)).toBe('id\nZoë');
  });

  it('detects each column type as the values will be stored', () => {
    const parsed = parseCsv(
      'id,score,ratio,vip,zip,mix,none\nann,42,1.5,true,0042,1,\nben,-3,0.25,FALSE,01000,x,\n',
    );
    expect(summarize(parsed).columns.map((c) => [c.header, c.type])).toEqual([
      ['id', 'text'],
      ['score', 'number'],
      ['ratio', 'number'],
      ['vip', 'boolean'],
      ['zip', 'text'],
      ['mix', 'mixed'],
      ['none', 'empty'],
    ]);
  });
});

describe('default mappings from header names', () => {
  it('knows id, time zone, unsubscribed and memberships in English, German and French', () => {
    expect(
      defaultMapping(['courriel', 'fuseau horaire', 'désabonné', 'Programmes', 'Ville']),
    ).toEqual(targets('id', 'timeZone', 'unsubscribed', 'programs', 'attribute:Ville'));
    expect(defaultMapping(['Email', 'Time zone', 'Unsubscribed', 'programs'])).toEqual(
      targets('id', 'timeZone', 'unsubscribed', 'programs'),
    );
    expect(defaultMapping(['Kundennummer', 'Zeitzone', 'abgemeldet'])).toEqual(
      targets('id', 'timeZone', 'unsubscribed'),
    );
  });

  it('gives id to the best name ("id" over "email"); repeated and empty headers are ignored', () => {
    expect(defaultMapping(['email', 'ID', 'score', 'score', ' '])).toEqual(
      targets('attribute:email', 'id', 'attribute:score', 'ignore', 'ignore'),
    );
  });
});

describe('checking the rows', () => {
  const file = [
    'id;zone;unsub;programs;score;code;vip',
    'bob;europe/berlin;ja;P1|P2;42;0042;true', // line 2: good, zone in its listed spelling
    ';UTC;no;;1;;', // 3: no id
    'bob;;;;;;', // 4: bob again
    'lead-3;;;;;;', // 5: a generated person's id
    'lead-6;Mars/Olympus;vielleicht;P9;;;', // 6: zone, unsubscribed and program are wrong
    'ann;;oui;;7;;', // 7: listed already: good, to update or skip
    'lead-03;Asia/Tokyo;0;P2;1.5;;false', // 8: generated too (the file reads 03 as 3)
    'lead-9;Asia/Tokyo;0;P2;1.5;;false', // 9: past the cohort's 5 people: free
  ].join('\n');
  const mapping = targets(
    'id',
    'timeZone',
    'unsubscribed',
    'programs',
    'attribute:score',
    'attribute:code',
    'attribute:vip',
  );

  it('lists every bad row with its line and reasons', () => {
    const check = checkRows(parseCsv(file), mapping, context);
    expect(check.bad).toEqual([
      { line: 3, id: '', problems: [{ code: 'missingId' }] },
      { line: 4, id: 'bob', problems: [{ code: 'duplicateId', firstLine: 2 }] },
      { line: 5, id: 'lead-3', problems: [{ code: 'generatedId', cohort: 'lead' }] },
      {
        line: 6,
        id: 'lead-6',
        problems: [
          { code: 'unknownZone', value: 'Mars/Olympus' },
          { code: 'notYesNo', value: 'vielleicht' },
          { code: 'unknownProgram', value: 'P9' },
        ],
      },
      { line: 8, id: 'lead-03', problems: [{ code: 'generatedId', cohort: 'lead' }] },
    ]);
  });

  it('turns the good rows into people with typed values, counting those already listed', () => {
    const check = checkRows(parseCsv(file), mapping, context);
    expect(check.people).toEqual([
      {
        id: 'bob',
        timeZone: 'Europe/Berlin',
        unsubscribed: true,
        programs: ['P1', 'P2'],
        attributes: { score: 42, code: '0042', vip: true },
      },
      { id: 'ann', unsubscribed: true, attributes: { score: 7 } },
      {
        id: 'lead-9',
        timeZone: 'Asia/Tokyo',
        unsubscribed: false,
        programs: ['P2'],
        attributes: { score: 1.5, vip: false },
      },
    ]);
    expect(check.listed).toBe(1);
  });

  it('ignores unmapped columns and reports unclosed quotes and values past the header', () => {
    const parsed = parseCsv('id,x\nann,1,2\nben,"3\n');
    const check = checkRows(parsed, targets('id', 'ignore'), context);
    expect(check.people).toEqual([]);
    expect(check.bad).toEqual([
      { line: 2, id: 'ann', problems: [{ code: 'extraFields', count: 3, expected: 2 }] },
      { line: 3, id: 'ben', problems: [{ code: 'badQuotes' }] },
    ]);
  });
});

describe('the import service', () => {
  it('reads a file once, reporting progress, then checks it against each mapping', async () => {
    const service = createCsvImportService();
    const rows = Array.from({ length: 5000 }, (_, i) => `p${i},${i % 2 ? 'yes' : 'no'}`);
    rows[9] = ',yes'; // line 11: no id
    const bytes = utf8(['id,unsubscribed', ...rows].join('\n')).buffer as ArrayBuffer;
    const progress: number[] = [];
    const summary = await service.read(bytes, context, (f) => progress.push(f));
    expect(summary.rows).toBe(5000);
    expect(summary.preview).toHaveLength(5);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((f) => f > 0 && f <= 1)).toBe(true);
    const mapping = summary.columns.map((c) => c.mapping);
    // A check sends counts, the first people and the bad rows; the people come on request.
    expect(await service.check(mapping)).toEqual({
      good: 4999,
      listed: 0,
      preview: [
        { id: 'p0', unsubscribed: false },
        { id: 'p1', unsubscribed: true },
        { id: 'p2', unsubscribed: false },
        { id: 'p3', unsubscribed: true },
        { id: 'p4', unsubscribed: false },
      ],
      bad: [{ line: 11, id: '', problems: [{ code: 'missingId' }] }],
    });
    const people = await service.people(mapping);
    expect(people).toHaveLength(4999);
    expect(people[4998]).toEqual({ id: 'p4999', unsubscribed: true });
    expect((await service.people(targets('id', 'ignore')))[1]).toEqual({ id: 'p1' });
  });
});
