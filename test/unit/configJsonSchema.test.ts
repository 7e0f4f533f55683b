import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { configJsonSchema } from '../../server/src/analysis/configJsonSchema';
import { validateConfig } from '../../server/src/analysis/config';

const ROOT = join(__dirname, '..', '..');

/** The schema the editor checks .corroborate.json with, against the validation the server does. */
describe('the JSON schema of .corroborate.json', () => {
  const validate = new Ajv({ allErrors: true, strict: false }).compile(configJsonSchema());

  const cases: Array<[string, unknown]> = [
    ['empty', {}],
    ['the README example', { organizations: [{ name: 'Rapidus', aliases: ['Rapidus Corp.'] }], exchangeRates: { JPY: { '2026': 0.0065 } }, tolerance: 0.03, measures: { funding: ['appropriation'] }, ignore: ['^Advertisement:.*$'] }],
    ['with its $schema', { $schema: './schema.json', tolerance: 0.1 }],
    ['severities', { severity: { 'date-inconsistency': 'off', 'figure-conflict': 'error' } }],
    ['a tolerance in words', { tolerance: 'high' }],
    ['a tolerance over 1', { tolerance: 5 }],
    ['an unknown key', { colour: 'red' }],
    ['a currency that is no ISO code', { exchangeRates: { yen: { '2025': 0.0066 } } }],
    ['an unknown key of an organization', { organizations: [{ name: 'Acme', colour: 'red' }] }],
    ['an unknown severity', { severity: { 'figure-conflict': 'loud' } }],
  ];

  for (const [what, input] of cases) {
    it(`agrees with the server's validation: ${what}`, () => {
      const server = validateConfig(input).problems.map((p) => p.message);
      assert.equal(validate(input), server.length === 0, `schema: ${JSON.stringify(validate.errors)}; server: ${server.join(' | ')}`);
    });
  }

  it('describes every key for the editor\'s hovers', () => {
    const properties = configJsonSchema().properties as Record<string, { description?: string }>;
    for (const [key, p] of Object.entries(properties)) if (key !== '$schema') assert.ok(p.description, `${key} has a description`);
  });

  it('is built into dist/ and contributed by the extension, packaged', () => {
    const built = join(ROOT, 'dist', 'corroborate.schema.json');
    assert.ok(existsSync(built), `${built} is written by the build (npm run build)`);
    assert.deepEqual(JSON.parse(readFileSync(built, 'utf8')), configJsonSchema());
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.corroborate.json', url: './dist/corroborate.schema.json' }]);
    assert.ok(readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').includes('!dist/corroborate.schema.json'), 'packaged in the .vsix');
  });
});
