import { strict as assert } from 'node:assert';
import { analyzeDocument, createContext } from '../../server/src/analysis/analyze';
import { configSchema, defaultConfig } from '../../server/src/analysis/config';
import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { blankIgnored, compileIgnored } from '../../server/src/analysis/text/ignored';

const ARTICLE = [
  'Kestrel Robotics Inc. secured $600 million in government funding.',
  'Advertisement: Falcon Capital Partners raised $9 billion in private funding. Click here!',
  'The Kestrel programme will hire 300 engineers.',
  '',
].join('\n');

describe('the ignore setting', () => {
  it('blanks what the patterns match, keeping every offset and line break', () => {
    const blanked = blankIgnored('a 12\nAd: $5 bn\r\nb', compileIgnored(['^Ad:.*$'])!);
    assert.equal(blanked, 'a 12\n' + ' '.repeat('Ad: $5 bn\r'.length - 1) + '\r\nb');
    assert.equal(compileIgnored([]), undefined, 'no patterns: nothing to blank');
    assert.equal(compileIgnored(['(unclosed']), undefined, 'an invalid pattern (reported by the configuration) ignores nothing');
  });

  it('takes no figure, entity or claim from ignored text, and the rest keeps its offsets', () => {
    const plain = analyzeDocument(ARTICLE, createContext(defaultConfig()));
    assert.ok(plain.figures.some((f) => f.text === '$9 billion'));
    assert.ok(plain.entities.some((e) => e.text.startsWith('Falcon Capital')));

    const ctx = createContext(configSchema.parse({ ignore: ['^Advertisement:.*$'] }));
    const a = analyzeDocument(ARTICLE, ctx);
    assert.deepEqual(
      a.figures.map((f) => f.text),
      plain.figures.filter((f) => f.text !== '$9 billion').map((f) => f.text),
    );
    assert.ok(!a.entities.some((e) => e.text.startsWith('Falcon')));
    assert.ok(!a.claims.some((c) => c.figure.text === '$9 billion'));
    for (const f of a.figures) assert.equal(ARTICLE.slice(f.start, f.end), f.text, `${f.text} at its offset in the original text`);
    for (const e of a.entities) assert.equal(ARTICLE.slice(e.start, e.end), e.text);
  });

  it('silences a conflict that stands in ignored text', () => {
    const other = 'Falcon Capital Partners raised $4 billion in private funding, filings show.\n';
    const findingsWith = (ignore: string[]) => {
      const corpus = new Corpus(createContext(configSchema.parse({ ignore })));
      corpus.set('a.txt', ARTICLE);
      corpus.set('b.txt', other);
      return corpus.findings('b.txt').map((f) => f.code);
    };
    assert.deepEqual(findingsWith([]), ['figure-conflict']);
    assert.deepEqual(findingsWith(['^Advertisement:.*$']), []);
  });
});
