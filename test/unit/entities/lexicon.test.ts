import { strict as assert } from 'node:assert';
import { found, mentions } from './helpers';
import builtin from '../../../server/src/analysis/data/entities.json';
import { nameKey, slugify } from '../../../server/src/analysis/extract/entities/keys';

describe('entities: the built-in list and its aliases', () => {
  it('is data: several hundred entries with unique ids, known types and usable names', () => {
    const entries = builtin.entities;
    assert.ok(entries.length >= 400, `${entries.length} entries`);
    const ids = new Set<string>();
    for (const e of entries) {
      assert.match(e.id, /^[a-z0-9][a-z0-9-]*$/);
      assert.ok(!ids.has(e.id), `duplicate id ${e.id}`);
      ids.add(e.id);
      assert.ok(['organization', 'place', 'programme'].includes(e.type), e.id);
      for (const name of [e.name, ...e.aliases]) assert.ok(nameKey(name), `${e.id}: "${name}" has no key`);
    }
    for (const type of ['organization', 'place', 'programme']) assert.ok(entries.some((e) => e.type === type));
  });

  it('maps every form of a name to one canonical id and name', () => {
    const ms = mentions('SoftBank Group said SoftBank’s unit and Softbank agreed. Nvidia and NVIDIA Corporation. The UK and Britain.');
    assert.deepEqual(
      ms.map((m) => `${m.text}=${m.id}`),
      ['SoftBank Group=softbank', 'SoftBank=softbank', 'Softbank=softbank', 'Nvidia=nvidia', 'NVIDIA Corporation=nvidia', 'UK=united-kingdom', 'Britain=united-kingdom'],
    );
    assert.ok(ms.filter((m) => m.id === 'softbank').every((m) => m.name === 'SoftBank Group' && m.source === 'builtin'));
  });

  it('leaves possessives outside the span, with either apostrophe', () => {
    const text = "Honda's plan, Sony’s robots and the NEC's chips";
    for (const m of mentions(text)) assert.ok(!m.text.includes("'") && !m.text.includes('’'), m.text);
    assert.deepEqual(found(text), ['Honda=honda', 'Sony=sony', 'NEC=nec']);
  });

  it('prefers the longest name: "South China Morning Post" over "China", "Indo-Pacific" over "Pacific"', () => {
    assert.deepEqual(found('per the South China Morning Post, across the Indo-Pacific and the Pacific'), [
      'South China Morning Post=scmp',
      'Indo-Pacific=indo-pacific',
      'Pacific=pacific',
    ]);
  });

  it('extends a known name over a legal suffix that follows it', () => {
    assert.deepEqual(found('a deal with Fujitsu Ltd. and Honda Motor Co., Ltd. today'), ['Fujitsu Ltd.=fujitsu', 'Honda Motor Co.=honda']);
  });

  it('reads names with an abbreviation inside, and not a title before a name as part of it', () => {
    assert.deepEqual(found('Mr. Son met Warner Bros. Discovery in St. Petersburg.'), ['Warner Bros. Discovery=warner-bros-discovery', 'St. Petersburg=saint-petersburg']);
  });

  it('types places and programmes apart from organizations', () => {
    const byText = new Map(mentions('Tokyo, Washington and Silicon Valley joined the Genesis Mission with the CHIPS Act.').map((m) => [m.text, m.type]));
    assert.equal(byText.get('Tokyo'), 'place');
    assert.equal(byText.get('Washington'), 'place');
    assert.equal(byText.get('Silicon Valley'), 'place');
    assert.equal(byText.get('Genesis Mission'), 'programme');
    assert.equal(byText.get('CHIPS Act'), 'programme');
  });

  it('derives ids from names: lower case and dashes', () => {
    assert.equal(slugify('Acme Robotics & Co'), 'acme-robotics-and-co');
    assert.equal(slugify('Nestlé S.A.'), 'nestle-s-a');
  });
});

describe('entities: workspace configuration', () => {
  it('adds organizations the workspace declares, with their aliases and a derived id', () => {
    const orgs = [{ name: 'Kestrel Dynamics', aliases: ['KDX', 'Kestrel'], type: 'organization' as const }];
    const ms = mentions('Kestrel Dynamics grew. KDX and Kestrel agreed.', orgs);
    assert.deepEqual(ms.map((m) => `${m.text}=${m.id}`), ['Kestrel Dynamics=kestrel-dynamics', 'KDX=kestrel-dynamics', 'Kestrel=kestrel-dynamics']);
    assert.ok(ms.every((m) => m.source === 'config' && m.name === 'Kestrel Dynamics'));
  });

  it('overrides a built-in entry with the same id, keeping its names', () => {
    const orgs = [{ id: 'softbank', name: 'SoftBank Group Corp.', aliases: ['SBG'], type: 'organization' as const }];
    const ms = mentions('SBG, SoftBank and SoftBank Group', orgs);
    assert.deepEqual(ms.map((m) => `${m.text}=${m.id}`), ['SBG=softbank', 'SoftBank=softbank', 'SoftBank Group=softbank']);
    assert.ok(ms.every((m) => m.source === 'config' && m.name === 'SoftBank Group Corp.'));
  });

  it('declares places and programmes too', () => {
    const orgs = [{ name: 'Project Lumen', aliases: [], type: 'programme' as const }, { name: 'Kansai', aliases: [], type: 'place' as const }];
    assert.deepEqual(
      mentions('Project Lumen opened in Kansai.', orgs).map((m) => `${m.text}=${m.id}:${m.type}`),
      ['Project Lumen=project-lumen:programme', 'Kansai=kansai:place'],
    );
  });
});

describe('entities: annotation tags and suppressions', () => {
  it('tags a text as a new entity, or as one more alias of a known one', () => {
    const extras = {
      tags: [
        { text: 'the Ministry', name: 'Ministry of Digital Affairs', type: 'organization' as const },
        { text: 'Son Group', id: 'softbank', type: 'organization' as const },
        { text: 'Zenith', type: 'programme' as const },
      ],
    };
    const ms = mentions('Zenith began. Son Group paid, and the Ministry agreed.', [], extras);
    assert.deepEqual(ms.map((m) => `${m.text}=${m.id}:${m.source}`), ['Zenith=zenith:annotation', 'Son Group=softbank:annotation', 'Ministry=ministry-of-digital-affairs:annotation']);
    assert.equal(ms[1].name, 'SoftBank Group');
  });

  it('suppresses texts marked "not an entity", whatever found them', () => {
    const text = 'Shares of Apple and Acme Robotics Inc. rose in Japan.';
    assert.deepEqual(found(text), ['Apple=apple', 'Acme Robotics Inc.=acme-robotics', 'Japan=japan']);
    assert.deepEqual(found(text, [], { notEntities: ['apple', 'Acme Robotics Inc.'] }), ['Japan=japan']);
  });
});
