/**
 * A change of tolerances or severities runs the rules again on the analyses
 * as they are (Corpus.beginRuleSettings, recheckRules), with the findings a
 * corpus made under the new settings would give; only a rule that reads every
 * figure, turned back on, makes a let-go document's analysis again.
 */
import { strict as assert } from 'node:assert';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';
import { createContext } from '../../../server/src/analysis/analyze';
import { configSchema, defaultConfig, type Config } from '../../../server/src/analysis/config';
import { planConfigChange } from '../../../server/src/analysis/configChange';

const A = [
  'TOKYO, March 3, 2025 —',
  '',
  'Kestrel Robotics Inc. secured $500 million in government funding for its plant.',
  "It's already 2024, one reader wrote.",
  'Later that day, Kestrel Robotics Inc. said it had secured $540 million in government funding.',
  '',
].join('\n');
const B = 'Kestrel Robotics Inc. received $535 million in government funding, filings show.\n';
const DISK = new Map([
  ['a', A],
  ['b', B],
]);

function corpusOf(config: Config, keepTexts: boolean): Corpus {
  const corpus = new Corpus(createContext(config), keepTexts ? {} : { texts: { keep: () => false, read: (doc) => DISK.get(doc) } });
  for (const [doc, text] of DISK) corpus.set(doc, text);
  return corpus;
}

const summary = (corpus: Corpus) => ['a', 'b'].flatMap((doc) => corpus.findings(doc).map((f) => `${doc} ${f.code} ${f.severity} ${f.text}: ${f.message}`));

/** Changes the settings as the language server does, and says which documents were analysed again. */
function change(corpus: Corpus, config: Config): string[] {
  const before = new Map(['a', 'b'].map((d) => [d, corpus.analysis(d)]));
  const c = corpus.beginRuleSettings(config);
  for (const doc of c.docs) corpus.recheckRules(doc, c);
  return ['a', 'b'].filter((d) => corpus.analysis(d) !== before.get(d));
}

describe('corpus: a change of rule settings', () => {
  const base = defaultConfig();
  const looser = configSchema.parse({ tolerance: 0.1 });
  const noDates = configSchema.parse({ severity: { 'date-inconsistency': 'off' } });

  it('tells settings that change analyses from those only rules read', () => {
    assert.deepEqual(planConfigChange(base, looser), { kind: 'rules' });
    assert.deepEqual(planConfigChange(base, noDates), { kind: 'rules' });
    assert.equal(planConfigChange(base, configSchema.parse({ organizations: [{ name: 'Kestrel Robotics Inc.' }] })).kind, 'names');
    assert.deepEqual(planConfigChange(base, configSchema.parse({ ignore: ['^TOKYO.*$'] })), { kind: 'all' });
    assert.deepEqual(planConfigChange(base, configSchema.parse({ tolerance: 0.1, organizations: [{ name: 'Kestrel Robotics Inc.' }] })), { kind: 'all' });
  });

  for (const keepTexts of [false, true]) {
    const kind = keepTexts ? 'texts kept' : 'texts let go (slim analyses)';
    it(`a tolerance: the conflicts follow it, nothing is analysed again (${kind})`, () => {
      const corpus = corpusOf(base, keepTexts);
      assert.deepEqual(
        corpus.findings('a').map((f) => f.code),
        ['figure-conflict', 'internal-conflict', 'date-inconsistency', 'internal-conflict'],
      );
      assert.deepEqual(change(corpus, looser), []);
      assert.deepEqual(summary(corpus), summary(corpusOf(looser, keepTexts)));
      assert.deepEqual(summary(corpus).map((s) => s.split(' ')[1]), ['date-inconsistency']);
      assert.deepEqual(change(corpus, base), []);
      assert.deepEqual(summary(corpus), summary(corpusOf(base, keepTexts)));
    });

    it(`a severity: the findings take it, nothing is analysed again (${kind})`, () => {
      const corpus = corpusOf(base, keepTexts);
      const louder = configSchema.parse({ severity: { 'date-inconsistency': 'warning', 'internal-conflict': 'error' } });
      assert.deepEqual(change(corpus, louder), []);
      assert.deepEqual(summary(corpus), summary(corpusOf(louder, keepTexts)));
      assert.ok(summary(corpus).some((s) => s.startsWith('a date-inconsistency warning')));
      // Back to the defaults the settings no longer name.
      assert.deepEqual(change(corpus, base), []);
      assert.deepEqual(summary(corpus), summary(corpusOf(base, keepTexts)));
    });

    it(`a rule turned off and on again (${kind})`, () => {
      const corpus = corpusOf(base, keepTexts);
      assert.deepEqual(change(corpus, noDates), []);
      assert.ok(!summary(corpus).some((s) => s.includes('date-inconsistency')));
      // It reads every figure: a slim analysis is made again for it.
      assert.deepEqual(change(corpus, base), keepTexts ? [] : ['a', 'b']);
      assert.deepEqual(summary(corpus), summary(corpusOf(base, keepTexts)));
    });
  }

  it('a document edited meanwhile is not checked twice, and one under other settings is analysed again', () => {
    const corpus = corpusOf(base, true);
    const c = corpus.beginRuleSettings(looser);
    corpus.set('a', A.replace('$540 million', '$560 million'));
    const edited = corpus.analysis('a');
    corpus.recheckRules('a', c);
    assert.equal(corpus.analysis('a'), edited);
    // A change of organizations begins before b is rechecked: b is analysed again under it.
    corpus.beginContext(createContext(configSchema.parse({ tolerance: 0.1, organizations: [{ name: 'Filings Group', aliases: ['filings'] }] })));
    const before = corpus.analysis('b');
    corpus.recheckRules('b', c);
    assert.notEqual(corpus.analysis('b'), before);
  });
});
