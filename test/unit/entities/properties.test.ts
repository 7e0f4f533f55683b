/** Properties that hold for any text, random or hostile. */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { buildLexicon, extractEntities } from '../../../server/src/analysis/extract/entities';
import { extractInPieces } from '../../../server/src/analysis/extract/entities/extract';
import type { EntityMention } from '../../../server/src/analysis/model';

const lexicon = buildLexicon([{ name: 'Kestrel Dynamics', aliases: ['KDX'], type: 'organization' }], {
  tags: [{ text: 'Zenith', type: 'programme' }],
  notEntities: ['Apple'],
});

/** Words that exercise every rule, to mix with random characters. */
const WORDS = [
  'SoftBank', "SoftBank's", 'Group', 'Inc.', 'Ltd', 'U.S.', 'US', 'Japan', 'Indo-Pacific', 'Genesis', 'Mission', 'Acme', 'Robotics',
  'announced', 'acquired', 'startup', 'like', 'called', 'and', 'of', 'the', 'The', 'Bank', 'Ministry', ',', '.', '(', ')', '[', ']',
  '·', '\n', '\r\n', ' ', '  ', '-', '–', '&', "'", '’', 'KDX', 'Kestrel Dynamics', 'Zenith', 'Apple', 'Decrypt', 'by', 'AI',
  '2025-12-24', '\u00a0', '\ufeff', '😀', '\ud800', 'É', 'Škoda',
];

const text = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((ws) => ws.join(' ')),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((ws) => ws.join('')),
);

function checkInvariants(input: string, ms: EntityMention[]): void {
  let previousEnd = 0;
  for (const m of ms) {
    assert.ok(Number.isInteger(m.start) && Number.isInteger(m.end), 'integer offsets');
    assert.ok(m.start >= 0 && m.end <= input.length && m.start < m.end, `span ${m.start}-${m.end} in bounds`);
    assert.ok(m.start >= previousEnd, 'sorted and non-overlapping');
    assert.equal(m.text, input.slice(m.start, m.end));
    assert.match(m.id, /\S/);
    assert.ok(['organization', 'place', 'programme'].includes(m.type));
    assert.ok(['builtin', 'config', 'annotation', 'inferred'].includes(m.source));
    assert.notEqual(m.text.toLowerCase(), 'apple', 'suppressed texts stay suppressed');
    previousEnd = m.end;
  }
}

describe('entities: properties', () => {
  it('never throws, and reports in-bounds, sorted, non-overlapping spans whose text is the slice', () => {
    fc.assert(
      fc.property(text, (input) => {
        checkInvariants(input, extractEntities(input, lexicon));
      }),
      { numRuns: 1500 },
    );
  });

  it('is deterministic, and does not depend on what it read before', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const first = extractEntities(b, lexicon);
        extractEntities(a, lexicon);
        assert.deepEqual(extractEntities(b, lexicon), first);
      }),
      { numRuns: 300 },
    );
  });

  it('survives hostile inputs: empty, huge runs of capitals, punctuation, lone surrogates', () => {
    const hostile = ['', ' ', '\n\n\n', "'s", '’', '.', 'A'.repeat(10000), 'Inc. '.repeat(2000), 'The '.repeat(3000), 'of of of', '( )', '[]', '\ud800\udc00\ud800', 'U.S.'.repeat(500), 'A-B-C-D-E-F-G', 'Bank of of the of'];
    for (const input of hostile) checkInvariants(input, extractEntities(input, lexicon));
    // Non-strings from untyped callers are read as empty.
    assert.deepEqual(extractEntities(undefined as unknown as string, lexicon), []);
  });

  it('builds a lexicon from bad configuration and annotation input without throwing', () => {
    const odd = buildLexicon(
      [{ name: '   ', aliases: ['', '...'], type: 'organization' }, { name: '!!!', aliases: [], type: 'place' }],
      { tags: [{ text: '', type: 'organization' }, { text: '---', type: 'organization' }], notEntities: ['', '  '] },
    );
    assert.deepEqual(extractEntities('SoftBank and Japan', odd).map((m) => m.id), ['softbank', 'japan']);
  });
});

describe('entities: long capitalized runs', () => {
  it('splits a run of thousands of suffix words into bounded names instead of one', () => {
    const input = 'Acme ' + 'Bank '.repeat(5000);
    const ms = extractEntities(input, lexicon);
    checkInvariants(input, ms);
    assert.ok(ms.every((m) => m.text.split(' ').length <= 12));
  });
});

describe('entities: very long texts', () => {
  it('reads a text in pieces cut at line breaks, with offsets into the whole text', () => {
    const a = 'SoftBank and Acme Robotics Inc. met in Tokyo.\nAcme grew.\n';
    const b = 'The Genesis Mission began. Genesis grew in Japan.\n';
    const whole = a + b;
    const pieces = extractInPieces(whole, lexicon, a.length + 3);
    const separate = [...extractEntities(a, lexicon), ...extractEntities(b, lexicon).map((m) => ({ ...m, start: m.start + a.length, end: m.end + a.length }))];
    assert.deepEqual(pieces, separate);
    checkInvariants(whole, pieces);
  });

  it('cuts a text without line breaks at spaces, and a text without spaces anywhere', () => {
    for (const input of ['Japan and SoftBank '.repeat(50), 'SoftBank'.repeat(100)]) {
      checkInvariants(input, extractInPieces(input, lexicon, 37));
    }
    assert.equal(extractInPieces('Japan and SoftBank '.repeat(50), lexicon, 37).length, 100);
  });
});
