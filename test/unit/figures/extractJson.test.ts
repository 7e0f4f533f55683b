import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { runCli as run } from '../../helpers/runCli';
import { SEEDS } from '../../helpers/paths';

describe('corroborate extract --format json: figures', () => {
  it('prints the issue\'s shape: ISO dates, dollar values, null for open bounds, and the role', async () => {
    const paths = ['001_e9cf73391ff22250.txt', '002_593483594eccef51.txt'].map((f) => join(SEEDS, f));
    const r = await run(['extract', '--format', 'json', ...paths]);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.deepEqual(json.documents.map((d: { path: string }) => d.path), paths);
    const figs = json.documents[0].figures as Array<Record<string, unknown>>;
    for (const f of figs) {
      assert.deepEqual(Object.keys(f), ['start', 'end', 'text', 'kind', 'value', 'low', 'high', 'unit', 'qualifier', 'usd', 'role']);
      assert.ok(['money', 'percent', 'count', 'number', 'range', 'date', 'duration'].includes(f.kind as string));
    }
    const yen = figs.find((f) => f.text === 'approximately 3 trillion yen')!;
    assert.deepEqual([yen.kind, yen.value, yen.unit, yen.qualifier, typeof yen.usd], ['money', 3e12, 'JPY', 'about', 'number']);
    const over = figs.find((f) => f.text === 'over 15 billion dollars')!;
    assert.deepEqual([over.low, over.high, over.usd], [15e9, null, 15e9]);
    const spring = figs.find((f) => f.text === 'spring of next year')!;
    assert.deepEqual([spring.kind, spring.value, spring.low, spring.high], ['date', '2026-03-01', '2026-03-01', '2026-05-31']);
    const stamp = figs.find((f) => f.text === '2025-12-24 06:14')!;
    assert.deepEqual([stamp.value, stamp.role], ['2025-12-24T06:14Z', 'timestamp']);
    const text = json.documents[1].figures.find((f: { text: string }) => f.text === '$6.34 billion');
    assert.equal(text.usd, 6.34e9);
  });

  it('unresolved dates print null bounds', async () => {
    const r = await run(['extract', '--format', 'json', join(SEEDS, '000_b4891853d5dbc509.txt')]);
    const f = JSON.parse(r.out).documents[0].figures.find((x: { text: string }) => x.text === 'within 24 months');
    assert.deepEqual([f.kind, f.value, f.low, f.high], ['date', null, null, null]);
  });
});
