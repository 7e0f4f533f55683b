/**
 * The tokenizer's fast paths and reused arrays: a stream filled in the arrays
 * of an earlier one holds exactly what a fresh one would, and the lists of
 * name tokens and line starts agree with the token flags.
 */
import { strict as assert } from 'node:assert';
import { CAP, INNER_CAP, LINE_START, NAME_TOKEN, UPPER, tokenText, tokenize, type TokenStream } from '../../../server/src/analysis/extract/entities/tokens';
import { CodeUnitBuffer, CodeUnitSlots, KEPT_UNITS, SLOT_UNITS } from '../../../server/src/analysis/text/codeUnits';

function tokens(ts: TokenStream): string[] {
  const out: string[] = [];
  for (let i = 0; i < ts.count; i++) out.push(`${tokenText(ts, i)}/${ts.flags[i]}/${ts.gaps[i]}`);
  return out;
}

function indicesWith(ts: TokenStream, flag: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < ts.count; i++) if (ts.flags[i] & flag) out.push(i);
  return out;
}

const TEXTS = [
  "Acme Robotics Inc. said on Monday that U.S. regulators approved O'Neil's plan.\nSoftBank, xAI and Gate.io · 2025-12-24",
  'a',
  '',
  'Mr. Son met St. Petersburg officials — Nestlé, Škoda & AT&T joined.\r\n\r\nHeadline Of The Day\n',
  'x '.repeat(400), // more tokens than the arrays are first sized for
  'People’s Republic; the Bank’s “Warner Bros. Discovery” deal (PFN) at 3.5% in 2024...',
  'end with a capital A',
];

describe('entities: tokenizer', () => {
  it('fills reused arrays with the same tokens as fresh ones, whatever was in them before', () => {
    let spare: TokenStream | undefined;
    for (const order of [TEXTS, [...TEXTS].reverse()]) {
      for (const text of order) {
        const fresh = tokenize(text);
        const reused = tokenize(text, spare);
        spare = reused;
        assert.deepEqual(tokens(reused), tokens(fresh), JSON.stringify(text.slice(0, 40)));
        assert.equal(reused.count, fresh.count);
      }
    }
  });

  it('lists the name tokens and the line starts the flags mark, in order', () => {
    for (const text of TEXTS) {
      const ts = tokenize(text);
      assert.deepEqual(Array.from(ts.names.subarray(0, ts.nameCount)), indicesWith(ts, NAME_TOKEN));
      assert.deepEqual(Array.from(ts.lineStarts.subarray(0, ts.lineCount)), indicesWith(ts, LINE_START));
    }
    assert.equal(NAME_TOKEN, CAP | UPPER | INNER_CAP);
  });

  it('copies code units exactly, lone surrogates included, with a 0 after the last', () => {
    const text = 'a\ud800b\udfffé😀';
    const expected = Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
    expected.push(0);
    assert.deepEqual(Array.from(new CodeUnitBuffer().of(text).subarray(0, text.length + 1)), expected);
  });

  it('copies a text too long to keep into an array of its own, and keeps its buffer small', () => {
    const buffer = new CodeUnitBuffer();
    const long = 'ab'.repeat(KEPT_UNITS);
    const units = buffer.of(long);
    assert.equal(units.length, long.length + 1);
    assert.deepEqual([units[0], units[long.length - 1], units[long.length]], [97, 98, 0]);
    // The next text is copied into the kept buffer, which the long one never grew.
    assert.ok(buffer.of('short').length <= KEPT_UNITS);
    assert.notEqual(buffer.of('short again'), units);
  });

  it('holds a batch of texts in slots, each valid until its own slot is filled again; a long one in an array of its own', () => {
    const slots = new CodeUnitSlots();
    const long = 'xy'.repeat(SLOT_UNITS);
    const texts = ['first text', long, 'third, with an é and a ’'];
    const held = texts.map((t, i) => slots.of(i, t));
    texts.forEach((t, i) => {
      assert.equal(String.fromCharCode(...held[i].subarray(0, Math.min(t.length, 40))), t.slice(0, 40));
      assert.equal(held[i][t.length], 0, 'a 0 after the text');
    });
    assert.equal(held[1].length, long.length + 1, 'the long text is copied whole, into an array no slot keeps');
    assert.notEqual(slots.of(1, 'short'), held[1]);
    slots.of(0, 'another');
    assert.equal(String.fromCharCode(...held[2].subarray(0, 5)), 'third', 'filling one slot leaves the others');
  });
});
