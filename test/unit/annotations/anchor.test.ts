import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { anchorTarget, createTarget, CONTEXT_CHARS, FUZZY_WINDOW } from '../../../server/src/analysis/annotations/anchor';
import { ARTICLE, at } from './fixtures';

function targetOf(text: string, quote: string, n = 0) {
  const start = at(text, quote, n);
  return createTarget('a.txt', text, start, start + quote.length);
}

function found(text: string, anchor: ReturnType<typeof anchorTarget>): string | undefined {
  return anchor.status === 'anchored' ? text.slice(anchor.start, anchor.end) : undefined;
}

describe('annotations: anchoring', () => {
  it('describes a span by its quote, up to 32 characters of context each side, and its position', () => {
    const t = targetOf(ARTICLE, 'Rapidus');
    assert.equal(t.quote.exact, 'Rapidus');
    assert.equal(t.quote.prefix.length, CONTEXT_CHARS);
    assert.ok(ARTICLE.slice(0, t.position.start).endsWith(t.quote.prefix));
    assert.ok(ARTICLE.slice(t.position.end).startsWith(t.quote.suffix));
    const edge = targetOf(ARTICLE, 'Tokyo');
    assert.equal(edge.quote.prefix, '');
  });

  it('finds an unchanged quote where it was', () => {
    const t = targetOf(ARTICLE, '$6.7 billion', 1);
    const a = anchorTarget(ARTICLE, t);
    assert.deepEqual(a, { status: 'anchored', start: t.position.start, end: t.position.end, method: 'exact', intact: true });
  });

  it('follows the quote when text is inserted before it, and picks the occurrence whose context agrees', () => {
    const t = targetOf(ARTICLE, '$6.7 billion', 1); // the second one
    const edited = 'UPDATED: figures revised.\n\n' + ARTICLE;
    const a = anchorTarget(edited, t);
    assert.equal(a.status, 'anchored');
    assert.equal(a.status === 'anchored' && a.start, at(edited, '$6.7 billion', 1));
    assert.equal(a.status === 'anchored' && a.method, 'exact');
  });

  it('among equally good occurrences, takes the one nearest the position hint', () => {
    const text = 'x NEC y\n'.repeat(5);
    const t = createTarget('a.txt', text, at(text, 'NEC', 3), at(text, 'NEC', 3) + 3);
    const shifted = 'zz' + text; // context of every occurrence agrees equally well
    const a = anchorTarget(shifted, t);
    assert.equal(a.status === 'anchored' && a.start, at(shifted, 'NEC', 3));
  });

  it('finds a quote edited in place between its prefix and suffix (near the hint), and says it is no longer intact', () => {
    const t = targetOf(ARTICLE, '$6.7 billion');
    const edited = ARTICLE.replace('$6.7 billion in backing', '$7.25 billion in backing');
    const a = anchorTarget(edited, t);
    assert.equal(found(edited, a), '$7.25 billion');
    assert.equal(a.status === 'anchored' && a.method, 'near-hint');
    assert.equal(a.status === 'anchored' && a.intact, false);
  });

  it('falls back to a fuzzy match when the quote and its context both changed a little', () => {
    const t = targetOf(ARTICLE, 'the chipmaker founded by eight companies');
    const edited = ARTICLE.replace('Rapidus,\nthe chipmaker founded by eight companies including', 'Rapidus Corp.,\nthe chip maker founded by eight firms including');
    const a = anchorTarget(edited, t);
    assert.equal(a.status === 'anchored' && a.method, 'fuzzy');
    assert.equal(found(edited, a), 'the chip maker founded by eight firms');
  });

  it('is orphaned when its text is gone, and does not latch onto an unrelated short word', () => {
    const t = targetOf(ARTICLE, 'Rapidus plans a second plant in Hokkaido by 2027.');
    const edited = ARTICLE.replace('Rapidus plans a second plant in Hokkaido by 2027.', 'No further plans were announced.');
    assert.deepEqual(anchorTarget(edited, t), { status: 'orphaned' });
    const sony = targetOf(ARTICLE, 'Sony');
    assert.deepEqual(anchorTarget(ARTICLE.replace('including Sony and Toyota', 'such as Toyota'), sony), { status: 'orphaned' });
  });

  it('a short quote replaced in place is found again between its context, but not intact', () => {
    const sony = targetOf(ARTICLE, 'Sony');
    const edited = ARTICLE.replace('Sony', 'Sana');
    const a = anchorTarget(edited, sony);
    assert.equal(found(edited, a), 'Sana');
    assert.equal(a.status === 'anchored' && a.intact, false);
  });

  it('in a huge file, searches fuzzily only within a bounded window around the hint', () => {
    const filler = 'lorem ipsum dolor sit amet. '.repeat(Math.ceil((3 * FUZZY_WINDOW) / 28));
    const quote = 'the chipmaker founded by eight companies';
    const text = filler + ARTICLE + filler;
    const t = targetOf(text, quote);
    const near = text.replace(quote, 'the chip maker founded by eight firms');
    assert.equal(found(near, anchorTarget(near, t)), 'the chip maker founded by eight firms');
    const moved = 'the chip maker founded by eight firms, ' + ARTICLE.replace(quote, '') + filler + filler;
    assert.deepEqual(anchorTarget(moved, t), { status: 'orphaned' }, 'beyond the window it is orphaned, not searched for');
  });

  it('handles empty and tiny documents without throwing', () => {
    const t = targetOf(ARTICLE, 'Toyota');
    assert.deepEqual(anchorTarget('', t), { status: 'orphaned' });
    assert.deepEqual(anchorTarget('T', t), { status: 'orphaned' });
    const whole = createTarget('a.txt', 'Sony', 0, 4);
    assert.equal(found('Sony', anchorTarget('Sony', whole)), 'Sony');
  });

  it('counts offsets in UTF-16 code units (emoji and CRLF before the quote)', () => {
    const text = 'Sony 😀 said\r\nToyota rose.';
    const t = createTarget('a.txt', text, at(text, 'Toyota'), at(text, 'Toyota') + 6);
    const edited = '😀😀 ' + text;
    assert.equal(found(edited, anchorTarget(edited, t)), 'Toyota');
  });
});

describe('annotations: anchoring properties', () => {
  const word = fc.constantFrom('the', 'fund', 'Sony', '$6.7', 'billion', 'in', 'Rapidus', '2027', ',', '.', '\n', 'é', '😀');
  const textArb = fc.array(word, { minLength: 3, maxLength: 60 }).map((w) => w.join(' '));

  it('finds an unchanged span exactly where it was', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const anchor = anchorTarget(text, createTarget('a.txt', text, start, end));
        assert.deepEqual(anchor, { status: 'anchored', start, end, method: 'exact', intact: true });
      }),
    );
  });

  it('after an insertion outside the span, finds the same quote, intact', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), textArb, fc.boolean(), (text, a, b, inserted, before) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const t = createTarget('a.txt', text, start, end);
        const edited = before ? text.slice(0, start) + inserted + text.slice(start) : text.slice(0, end) + inserted + text.slice(end);
        const anchor = anchorTarget(edited, t);
        assert.equal(anchor.status, 'anchored');
        if (anchor.status === 'anchored') {
          assert.equal(edited.slice(anchor.start, anchor.end), t.quote.exact);
          assert.equal(anchor.intact, true);
        }
      }),
    );
  });

  it('after a deletion outside the span, finds the same quote, intact', () => {
    fc.assert(
      fc.property(textArb, fc.nat(), fc.nat(), fc.nat(), fc.nat(), (text, a, b, c, d) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const t = createTarget('a.txt', text, start, end);
        let edited: string;
        if (c % 2 === 0 && start > 0) {
          const ds = d % start;
          edited = text.slice(0, ds) + text.slice(ds + ((c >> 1) % (start - ds + 1)));
        } else if (end < text.length) {
          const ds = end + (d % (text.length - end));
          edited = text.slice(0, ds) + text.slice(ds + ((c >> 1) % (text.length - ds + 1)));
        } else return;
        const anchor = anchorTarget(edited, t);
        assert.equal(anchor.status === 'anchored' && edited.slice(anchor.start, anchor.end), t.quote.exact);
      }),
    );
  });
});
