/**
 * A change of the workspace's organizations re-analyses only the articles
 * that name a changed one (Corpus.beginOrganizations, recheck), with the
 * same result as a corpus made under the new configuration.
 */
import { strict as assert } from 'node:assert';
import { Corpus } from '../../../server/src/analysis/corpus/corpus';
import { createContext } from '../../../server/src/analysis/analyze';
import { configSchema, defaultConfig, type Config } from '../../../server/src/analysis/config';
import { changedNames, planConfigChange } from '../../../server/src/analysis/configChange';
import { buildLexicon } from '../../../server/src/analysis/extract/entities';

const DISK = new Map([
  ['a', 'The grant for the robotics lab is late, according to Hoshino. Hoshino received $40 million in public funding.\n'],
  ['b', 'Kestrel Robotics Inc. secured $500 million in government funding.\n'],
  ['c', 'Backed by $650 million in government funding, Kestrel Robotics will build a plant in Osaka.\n'],
]);

function corpusOf(config: Config): Corpus {
  const corpus = new Corpus(createContext(config), { texts: { keep: () => false, read: (doc) => DISK.get(doc) } });
  for (const [doc, text] of DISK) corpus.set(doc, text);
  return corpus;
}

const entities = (corpus: Corpus, doc: string) => corpus.analysis(doc)!.entities.map((e) => `${e.text}=${e.id}/${e.source}`);

/** Changes the configuration as the language server does; says which documents were analysed again. */
function change(corpus: Corpus, before: Config, after: Config): string[] {
  const plan = planConfigChange(before, after);
  assert.equal(plan.kind, 'names');
  const was = new Map([...DISK.keys()].map((d) => [d, corpus.analysis(d)]));
  const c = corpus.beginOrganizations(createContext(after), plan.kind === 'names' ? plan.names : []);
  for (const doc of c.recheck) corpus.recheck(doc, c);
  return [...DISK.keys()].filter((d) => corpus.analysis(d) !== was.get(d));
}

describe('corpus: a change of the workspace organizations', () => {
  const base = defaultConfig();
  const withLab = configSchema.parse({ organizations: [{ name: 'Hoshino', aliases: ['Hoshino Lab'] }] });

  it('re-analyses only the articles naming it, as a corpus made under it would', () => {
    const corpus = corpusOf(base);
    assert.deepEqual(entities(corpus, 'a'), []);
    assert.deepEqual(change(corpus, base, withLab), ['a']);
    assert.deepEqual(entities(corpus, 'a'), ['Hoshino=hoshino/config', 'Hoshino=hoshino/config']);
    const fresh = corpusOf(withLab);
    for (const doc of DISK.keys()) {
      assert.deepEqual(entities(corpus, doc), entities(fresh, doc));
      assert.deepEqual(corpus.analysis(doc)!.claims.map((c) => c.key), fresh.analysis(doc)!.claims.map((c) => c.key));
    }
    assert.deepEqual(change(corpus, withLab, base), ['a'], 'removed again');
    assert.deepEqual(entities(corpus, 'a'), []);
  });

  it('re-analyses an article that names it only as the lexicon keys it (without its legal suffix)', () => {
    const kestrel = configSchema.parse({ organizations: [{ name: 'Kestrel Robotics Inc.' }] });
    const corpus = corpusOf(base);
    assert.deepEqual(change(corpus, base, kestrel), ['b', 'c']);
    const fresh = corpusOf(kestrel);
    for (const doc of DISK.keys()) assert.deepEqual(corpus.analysis(doc)!.claims.map((c) => c.key), fresh.analysis(doc)!.claims.map((c) => c.key));
    assert.deepEqual(corpus.analysis('c')!.claims.map((c) => c.key), ['kestrel-robotics-inc|funding|public|']);
  });

  it('names the entries that changed, old and new, also those a workspace entry overrides', () => {
    assert.deepEqual(changedNames(buildLexicon([]), buildLexicon(withLab.organizations)).sort(), ['Hoshino', 'Hoshino Lab']);
    const renamed = configSchema.parse({ organizations: [{ name: 'Hoshino Labs', id: 'hoshino' }] });
    assert.deepEqual(changedNames(buildLexicon(withLab.organizations), buildLexicon(renamed.organizations)).sort(), ['Hoshino', 'Hoshino Lab', 'Hoshino Labs']);
    // A workspace entry with a built-in id keeps the built-in names as aliases: they are named too.
    const softbank = buildLexicon([]).entries.get('softbank');
    assert.ok(softbank, 'SoftBank is built in');
    const names = changedNames(buildLexicon([]), buildLexicon(configSchema.parse({ organizations: [{ id: 'softbank', name: 'SoftBank Group Corp.', aliases: ['SBG'] }] }).organizations));
    for (const n of [softbank.name, 'SoftBank Group Corp.', 'SBG']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  });
});
