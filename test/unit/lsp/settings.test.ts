import { strict as assert } from 'node:assert';
import { effectiveSettings, parseConfigFile, validateSettingsSection, DEFAULT_ARTICLE_GLOBS } from '../../../server/src/lsp/settings';

describe('effective settings', () => {
  it('names each bad setting and keeps the good ones', () => {
    const r = validateSettingsSection({ tolerance: 3, corpus: ['articles/*.txt'], severity: { 'figure-conflict': 'loud' }, exchangeRates: {} });
    assert.deepEqual(r.corpus, ['articles/*.txt']);
    assert.equal(r.config.tolerance, 0.05, 'the default replaces the bad value');
    assert.ok(r.problems.some((p) => p.startsWith('corroborate.tolerance:')));
    assert.ok(r.problems.some((p) => p.startsWith('corroborate.severity.figure-conflict:')));
    assert.equal(r.problems.length, 2);
  });

  it('treats unset (null) settings as defaults and rejects a corpus that is not a list', () => {
    const r = validateSettingsSection({ corpus: 'articles', organizations: null, severity: null });
    assert.deepEqual(r.corpus, []);
    assert.deepEqual(r.problems.map((p) => p.split(':')[0]), ['corroborate.corpus']);
  });

  it('lets the workspace file override the settings only where it sets a valid value', () => {
    const section = validateSettingsSection({ tolerance: 0.2, organizations: [{ name: 'Acme' }] });
    const file = parseConfigFile('{ "tolerance": 0.01, "conversionTolerance": "x", "organizations": [{ "name": "Helix" }] }');
    assert.deepEqual(Object.keys(file.partial).sort(), ['organizations', 'tolerance']);
    const s = effectiveSettings(section, [file.partial]);
    assert.equal(s.config.tolerance, 0.01);
    assert.equal(s.config.conversionTolerance, 0.15);
    assert.deepEqual(s.config.organizations.map((o) => o.name), ['Acme', 'Helix']);
    assert.deepEqual(s.articleGlobs, DEFAULT_ARTICLE_GLOBS);
  });
});
