/**
 * Every entity the extractor finds in the seed articles, in order, reviewed
 * by hand: nothing here is false (precision), and every organization, place
 * and programme the seeds name is here in each of its forms.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEEDS } from '../../helpers/paths';
import { buildLexicon, extractEntities } from '../../../server/src/analysis/extract/entities';

const EXPECTED: Record<string, string[]> = {
  '000_b4891853d5dbc509.txt': [
    'US=united-states', 'Japan=japan', 'Genesis=genesis-mission', 'US=united-states', 'Japan=japan',
    'Genesis Mission=genesis-mission', 'US=united-states', 'Japan=japan', 'United States=united-states',
    'Japan=japan', 'Genesis Mission=genesis-mission', 'US=united-states', 'NVIDIA=nvidia', 'Sony=sony',
    'Fujitsu=fujitsu', 'Indo-Pacific=indo-pacific', 'Silicon Valley=silicon-valley', 'Tokyo=tokyo',
    'Genesis Mission=genesis-mission', 'Washington=washington-dc', 'Tokyo=tokyo', 'US=united-states',
    'Pacific=pacific', 'Genesis=genesis-mission', 'Genesis=genesis-mission', 'Genesis=genesis-mission', 'China=china',
    'US=united-states', 'Japan=japan', 'Genesis Mission=genesis-mission', 'US=united-states',
    'Genesis Mission=genesis-mission', 'Genesis=genesis-mission', 'Genesis=genesis-mission', 'US=united-states',
    'Genesis Mission=genesis-mission',
  ],
  '001_e9cf73391ff22250.txt': [
    'Coin World=coin-world', 'Japan=japan', 'SoftBank Group=softbank', 'Japan=japan', 'SoftBank=softbank',
    'SoftBank=softbank', 'Preferred Networks=preferred-networks', 'Gate=gate-io', 'Japan=japan', 'SoftBank=softbank',
    'Japan=japan', 'OpenAI=openai', 'Japan=japan', 'SoftBank=softbank', 'SoftBank=softbank', 'Japan=japan',
    'SoftBank=softbank', 'SoftBank=softbank', 'SoftBank=softbank', 'Japan=japan', 'Japan=japan', 'SoftBank=softbank',
    'OpenAI=openai', 'Japan=japan', 'SoftBank=softbank', 'OpenAI=openai', 'Japan=japan', 'Japan=japan',
    'SoftBank=softbank', 'Japan=japan', 'Japan=japan', 'Japan=japan', 'OpenAI=openai', 'Google=google', 'Japan=japan',
    'OpenAI=openai', 'SoftBank=softbank', 'Japan=japan', 'Japan=japan', 'Japan=japan', 'U.S.=united-states',
    'SoftBank=softbank', 'SoftBank=softbank', 'Japan=japan', 'SoftBank=softbank', 'Coin World=coin-world',
    'Japan=japan', 'SoftBank Group=softbank', 'Japan=japan', 'SoftBank=softbank', 'SoftBank=softbank',
    'Preferred Networks=preferred-networks',
  ],
  '002_593483594eccef51.txt': [
    'SoftBank=softbank', 'Japan=japan', 'U.S.=united-states', 'China=china', 'South China Morning Post=scmp',
    'SoftBank=softbank', 'Preferred Networks Inc.=preferred-networks', 'SoftBank=softbank',
    'Preferred Networks Inc.=preferred-networks', 'U.S.=united-states', 'Japan=japan', 'Japan=japan',
  ],
  '003_b63a4208ae46ba41.txt': [
    'Japan=japan', 'Japan=japan', 'United States=united-states', 'China=china', 'Japan=japan', 'Japan=japan',
    'Japan=japan',
  ],
  '004_5df53368cf9f0326.txt': [
    'Japan=japan', 'Japan=japan', 'SoftBank=softbank', 'Sony=sony', 'Honda=honda', 'NEC=nec', 'Japan=japan',
    'SoftBank=softbank', 'Sony=sony', 'Honda=honda', 'NEC=nec', 'Japan=japan', 'Japan=japan', 'SoftBank=softbank',
    'Sony=sony', 'Honda=honda', 'NEC=nec', 'Japan=japan', 'Japan=japan', 'Decrypt=decrypt',
  ],
};

const TYPES: Record<string, string> = {
  'united-states': 'place', japan: 'place', china: 'place', tokyo: 'place', 'washington-dc': 'place',
  'silicon-valley': 'place', 'indo-pacific': 'place', pacific: 'place',
  'genesis-mission': 'programme',
  softbank: 'organization', sony: 'organization', honda: 'organization', nec: 'organization', fujitsu: 'organization',
  nvidia: 'organization', openai: 'organization', google: 'organization', 'preferred-networks': 'organization',
  'gate-io': 'organization', scmp: 'organization', decrypt: 'organization', 'coin-world': 'organization',
};

function read(name: string): string {
  return readFileSync(join(SEEDS, name), 'utf8');
}

describe('entities in the seed articles', () => {
  const lexicon = buildLexicon([]);

  for (const [file, expected] of Object.entries(EXPECTED)) {
    it(`finds exactly the reviewed entities of ${file}`, () => {
      const text = read(file);
      const found = extractEntities(text, lexicon);
      assert.deepEqual(
        found.map((m) => `${m.text}=${m.id}`),
        expected,
      );
      for (const m of found) {
        assert.equal(text.slice(m.start, m.end), m.text);
        assert.equal(m.type, TYPES[m.id], `type of ${m.id}`);
        assert.equal(m.source, m.id === 'coin-world' ? 'inferred' : 'builtin');
      }
    });
  }

  it('meets "SoftBank Group", "SoftBank" and "SoftBank\'s" on one id, the possessive outside the span', () => {
    const text = read('001_e9cf73391ff22250.txt');
    const softbank = extractEntities(text, lexicon).filter((m) => m.id === 'softbank');
    const forms = new Set(softbank.map((m) => m.text));
    assert.deepEqual([...forms].sort(), ['SoftBank', 'SoftBank Group']);
    const possessive = text.indexOf("SoftBank's");
    assert.ok(softbank.some((m) => m.start === possessive && m.end === possessive + 'SoftBank'.length));
    assert.ok(softbank.every((m) => m.name === 'SoftBank Group'));
  });

  it('keeps "Inc." in "Preferred Networks Inc." and meets the short form', () => {
    const ids = new Set<string>();
    for (const file of ['001_e9cf73391ff22250.txt', '002_593483594eccef51.txt']) {
      for (const m of extractEntities(read(file), lexicon)) if (m.id === 'preferred-networks') ids.add(m.text);
    }
    assert.deepEqual([...ids].sort(), ['Preferred Networks', 'Preferred Networks Inc.']);
  });

  it('finds "U.S." with its dots, also where the dot ends the sentence', () => {
    const text = read('002_593483594eccef51.txt');
    const us = extractEntities(text, lexicon).filter((m) => m.id === 'united-states');
    assert.deepEqual(us.map((m) => m.text), ['U.S.', 'U.S.']);
    assert.equal(text.slice(us[1].end - 4, us[1].end + 1), 'U.S.\n');
  });

  it('reads no comment handle, headline or furniture word as an entity', () => {
    const all = Object.keys(EXPECTED).flatMap((f) => extractEntities(read(f), lexicon).map((m) => m.text));
    for (const word of ['BackrowObserver', 'FloorPriceWatcher', 'AirdropNinja', 'MEVEye', 'Masayoshi', 'Son', 'Alpha', 'Gogo', 'Key', 'Reward', 'Disclaimer', 'LLM', 'TCO', 'VRAM', 'CapEx', 'OpEx', 'GPU', 'CTOs', 'AI', 'APIs', 'Computing Power', 'Web3', 'Chinese', 'Japanese']) {
      assert.ok(!all.includes(word), `${word} is not an entity`);
    }
  });
});
