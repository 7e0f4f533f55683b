import { strict as assert } from 'node:assert';
import { analyzeDocument, createContext } from '../../../server/src/analysis/analyze';
import { configSchema } from '../../../server/src/analysis/config';

/** The `measures` of .corroborate.json: words a workspace adds to a measure, or new measures. */
describe('claims: measures the workspace adds', () => {
  const TEXT = 'Kestrel Robotics Inc. won a $500 million appropriation from the state. Kestrel Robotics Inc. also got a $20 million endowment.';
  const keys = (measures: Record<string, string[]>) => analyzeDocument(TEXT, createContext(configSchema.parse({ measures }))).claims.map((c) => [c.figure.text, c.measure]);

  it('makes claims of figures whose words only the workspace knows', () => {
    assert.deepEqual(keys({}), [], 'neither word is a built-in measure');
    assert.deepEqual(keys({ funding: ['appropriation'] }), [['$500 million', 'funding']], 'a word added to a built-in measure');
    assert.deepEqual(keys({ funding: ['appropriation'], endowment: ['endowment'] }), [
      ['$500 million', 'funding'],
      ['$20 million', 'endowment'],
    ], 'a new measure');
  });
});
