/**
 * Unknown organizations found from evidence in news-like text (fixtures of
 * our own: none of these names is in the built-in list).
 */
import { strict as assert } from 'node:assert';
import { found, mentions } from './helpers';

describe('entities: inferred from evidence in the text', () => {
  it('finds names with a legal or institutional suffix, keeping "Inc." and dropping it from the id', () => {
    assert.deepEqual(found('Investors backed Acme Robotics Inc. and Kestrel Capital Partners, while Zeta Holdings sold.'), [
      'Acme Robotics Inc.=acme-robotics',
      'Kestrel Capital Partners=kestrel-capital-partners',
      'Zeta Holdings=zeta-holdings',
    ]);
  });

  it('finds institutions named "<Head> of <Name>"', () => {
    assert.deepEqual(found('The Ministry of Digital Affairs of Moravia and the Bank of Lorimar agreed.'), [
      'Ministry of Digital Affairs of Moravia=ministry-of-digital-affairs-of-moravia',
      'Bank of Lorimar=bank-of-lorimar',
    ]);
  });

  it('finds programmes by their head word, and their first word later in the document', () => {
    const ms = mentions('Moravia launched the Brightline Initiative. Brightline-funded labs report yearly, and Brightline grew.');
    assert.deepEqual(ms.map((m) => `${m.text}=${m.id}:${m.type}`), [
      'Brightline Initiative=brightline-initiative:programme',
      'Brightline=brightline-initiative:programme',
      'Brightline=brightline-initiative:programme',
    ]);
  });

  it('maps a later short form of an inferred name to it ("Acme" after "Acme Robotics Inc.")', () => {
    assert.deepEqual(found('Acme Robotics Inc. opened a plant. Acme expects to hire 300 engineers, Acme said.'), [
      'Acme Robotics Inc.=acme-robotics',
      'Acme=acme-robotics',
      'Acme=acme-robotics',
    ]);
  });

  it('does not stretch a short form over a different name ("Harbor Freight")', () => {
    assert.deepEqual(found('Under the Harbor Compact, ports grew. Harbor Freight is unrelated.'), ['Harbor Compact=harbor-compact']);
  });

  it('finds names in subject position with an organization verb', () => {
    assert.deepEqual(found('Yesterday Mirova Therapeutics announced a trial, and Nexaro acquired a rival. XYZT has launched a fund.'), [
      'Mirova Therapeutics=mirova-therapeutics',
      'Nexaro=nexaro',
      'XYZT=xyzt',
    ]);
  });

  it('finds names a classifier introduces, and the rest of its list', () => {
    assert.deepEqual(found('The deal lifted startup Quorvia. AI startups like Lumora, Pexel and Vantiq are growing. Research firm Omdia counted.'), [
      'Quorvia=quorvia',
      'Lumora=lumora',
      'Pexel=pexel',
      'Vantiq=vantiq',
      'Omdia=omdia',
    ]);
  });

  it('finds names described by an appositive', () => {
    assert.deepEqual(found('Zentrix, a German chipmaker, shipped samples. Orlo, a startup based in Kyoto, hired.'), ['Zentrix=zentrix', 'Orlo=orlo', 'Kyoto=kyoto']);
  });

  it('finds unknown names and acronyms listed with known organizations', () => {
    assert.deepEqual(found('Samsung, LG, SK Hynix and Keyfoundry formed a group; SoftBank and ZKT joined.'), [
      'Samsung=samsung',
      'LG=lg',
      'SK Hynix=sk-hynix',
      'Keyfoundry=keyfoundry',
      'SoftBank=softbank',
      'ZKT=zkt',
    ]);
  });

  it('reads a bracketed source tag at the start of a line', () => {
    assert.deepEqual(found('[Harbor Wire] Ports reopened on Monday.\n(Lumen Daily) — Rates held.'), ['Harbor Wire=harbor-wire', 'Lumen Daily=lumen-daily']);
  });

  it('takes an acronym defined in brackets as the name it follows', () => {
    assert.deepEqual(found('Orbital Dynamics (OD) was founded in 2019. OD plans to expand.'), [
      'Orbital Dynamics=orbital-dynamics',
      'OD=orbital-dynamics',
      'OD=orbital-dynamics',
    ]);
  });

  it('prefers a longer inferred name over a place inside it, and keeps known names whole', () => {
    assert.deepEqual(found('Tokyo Electron and Japan Airlines rose while Japan Post Holdings fell in Japan.'), [
      'Tokyo Electron=tokyo-electron',
      'Japan Airlines=japan-airlines',
      'Japan Post Holdings=japan-post-holdings',
      'Japan=japan',
    ]);
  });

  it('takes a known organization followed by words of corporate form for that organization', () => {
    assert.deepEqual(found('Firms including Huawei Technologies rose; Toyota Motor Corporation fell; SoftBank Robotics and Japan Airlines held.'), [
      'Huawei Technologies=huawei',
      'Toyota Motor Corporation=toyota',
      'SoftBank Robotics=softbank-robotics',
      'Japan Airlines=japan-airlines',
    ]);
  });

  it('gives the same name the same id in every document', () => {
    const a = mentions('Shares of Halvard Securities rose.')[0];
    const b = mentions('Halvard Securities said nothing new.\nHalvard Securities, again.')[0];
    assert.equal(a.id, 'halvard-securities');
    assert.equal(b.id, a.id);
    assert.equal(a.source, 'inferred');
  });
});
