import { strict as assert } from 'node:assert';
import { entityInputsFromAnnotations, lexiconExtras } from '../../../server/src/analysis/annotations/entityInputs';
import { buildLexicon, extractEntities } from '../../../server/src/analysis/extract/entities';
import { quotedName } from '../../../server/src/analysis/annotations/quotedName';
import { annotate } from './fixtures';

const TEXT = 'Rapidus and the Leading-edge Semiconductor Technology Center (LSTC) met in Hokkaido. Apple pie was served.';

describe('annotations: entity inputs', () => {
  const anns = [
    annotate({ kind: 'tag', entityType: 'organization' }, [{ source: 'a.txt', text: TEXT, quote: 'Leading-edge Semiconductor Technology Center' }]),
    annotate({ kind: 'tag', entityType: 'organization', aliasOf: 'leading-edge-semiconductor-technology-center' }, [{ source: 'a.txt', text: TEXT, quote: 'LSTC' }]),
    annotate({ kind: 'tag', entityType: 'place' }, [{ source: 'a.txt', text: TEXT, quote: 'Hokkaido' }]),
    annotate({ kind: 'not-entity' }, [{ source: 'a.txt', text: TEXT, quote: 'Apple' }]),
    annotate({ kind: 'note', body: 'check this' }, [{ source: 'a.txt', text: TEXT, quote: 'Rapidus' }]),
  ];

  it('turns tags into names with a type (and alias), and "not an entity" into suppressions', () => {
    const inputs = entityInputsFromAnnotations(anns);
    assert.deepEqual(inputs.tags, [
      { name: 'Leading-edge Semiconductor Technology Center', type: 'organization' },
      { name: 'LSTC', type: 'organization', aliasOf: 'leading-edge-semiconductor-technology-center' },
      { name: 'Hokkaido', type: 'place' },
    ]);
    assert.deepEqual(inputs.suppressions, [{ name: 'Apple', source: 'a.txt', start: TEXT.indexOf('Apple'), end: TEXT.indexOf('Apple') + 5 }]);
    assert.deepEqual(lexiconExtras(inputs), {
      tags: [
        { text: 'Leading-edge Semiconductor Technology Center', type: 'organization' },
        { text: 'LSTC', type: 'organization', id: 'leading-edge-semiconductor-technology-center' },
        { text: 'Hokkaido', type: 'place' },
      ],
      notEntities: ['Apple'],
    });
  });

  it('the latest tag of a name wins', () => {
    const older = annotate({ kind: 'tag', entityType: 'organization' }, [{ source: 'a.txt', text: TEXT, quote: 'Hokkaido' }], new Date('2026-01-01T00:00:00Z'));
    const newer = annotate({ kind: 'tag', entityType: 'place' }, [{ source: 'a.txt', text: TEXT, quote: 'Hokkaido' }], new Date('2026-02-01T00:00:00Z'));
    assert.deepEqual(entityInputsFromAnnotations([newer, older]).tags, [{ name: 'Hokkaido', type: 'place' }]);
  });

  it('through the lexicon, tagged names become entities everywhere and an alias joins its entity', () => {
    const lexicon = buildLexicon([], lexiconExtras(entityInputsFromAnnotations(anns)));
    const other = 'Officials of the Leading-edge Semiconductor Technology Center said LSTC would grow.';
    const found = extractEntities(other, lexicon).map((m) => [m.text, m.id, m.source]);
    assert.deepEqual(found, [
      ['Leading-edge Semiconductor Technology Center', 'leading-edge-semiconductor-technology-center', 'annotation'],
      ['LSTC', 'leading-edge-semiconductor-technology-center', 'annotation'],
    ]);
  });

  it('"not an entity" removes a name the lexicon would otherwise find', () => {
    const text = 'Officials at SoftBank said Rapidus Corp. would expand.';
    const before = extractEntities(text, buildLexicon([])).map((m) => m.text);
    assert.ok(before.includes('SoftBank'));
    const not = annotate({ kind: 'not-entity' }, [{ source: 'a.txt', text, quote: 'SoftBank' }]);
    const after = extractEntities(text, buildLexicon([], lexiconExtras(entityInputsFromAnnotations([not])))).map((m) => m.text);
    assert.deepEqual(after, before.filter((t) => t !== 'SoftBank'));
  });

  it('a name selected with the punctuation around it is the name alone, abbreviations keeping their dot', () => {
    const cases: Array<[string, string]> = [
      ['Hoshino.', 'Hoshino'],
      [' Hoshino\n', 'Hoshino'],
      ['“Hoshino”', 'Hoshino'],
      ['(Hoshino),', 'Hoshino'],
      ['Hoshino...', 'Hoshino'],
      ['U.S.', 'U.S.'],
      ['J.P. Morgan', 'J.P. Morgan'],
      ['Acme Inc.', 'Acme Inc.'],
      ['Warner Bros.', 'Warner Bros.'],
      ['Gate.io', 'Gate.io'],
      ['AT&T', 'AT&T'],
      ['Rolls-Royce', 'Rolls-Royce'],
      ['"S&P 500"', 'S&P 500'],
      ['.', ''],
    ];
    assert.deepEqual(cases.map(([quote]) => [quote, quotedName(quote)]), cases);
    const text = 'The grant is late, according to Hoshino. Hoshino declined to comment.';
    const tag = annotate({ kind: 'tag', entityType: 'organization' }, [{ source: 'a.txt', text, quote: 'Hoshino.' }]);
    const inputs = entityInputsFromAnnotations([tag]);
    assert.deepEqual(inputs.tags, [{ name: 'Hoshino', type: 'organization' }]);
    const found = extractEntities(text, buildLexicon([], lexiconExtras(inputs)));
    assert.deepEqual(found.map((m) => [m.text, m.name]), [['Hoshino', 'Hoshino'], ['Hoshino', 'Hoshino']]);
  });
});
