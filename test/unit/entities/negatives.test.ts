/** What is never an entity: prefer silence to a false entity. */
import { strict as assert } from 'node:assert';
import { found } from './helpers';

describe('entities: negatives', () => {
  it('takes no sentence-initial word, month or day for an organization', () => {
    assert.deepEqual(found('Startup Founders launched a fund. Local Governments announced cuts.'), []);
    assert.deepEqual(found('Officials announced the plan on Monday. Analysts said more was coming. May announced nothing. Investors launched a campaign. In March, Friday sales rose.'), []);
  });

  it('takes no person for an organization', () => {
    assert.deepEqual(found('Masayoshi Son announced a fund. Mr. Tanaka acquired shares. CEO Jane Smith launched it. Jane Doe announced her exit.'), []);
    assert.deepEqual(found('Its partners Alice and Bob signed. Investors like Warren Buffett agreed.'), []);
    assert.deepEqual(found('SoftBank leading? Isn’t that just putting all bets on Masayoshi Son?'), ['SoftBank=softbank']);
  });

  it('does not stretch an organization over the title and name of its people', () => {
    assert.deepEqual(found('Tesla CEO Elon Musk announced a plan. Sony Group Chairman Kenichiro Yoshida said so.'), ['Tesla=tesla', 'Sony Group=sony']);
  });

  it('takes no place in a person\'s name for the place', () => {
    assert.deepEqual(found('George Washington and Jack London wrote from Washington and London.'), ['Washington=washington-dc', 'London=london']);
  });

  it('takes a programme\'s first word for it only in a document that names the programme', () => {
    assert.deepEqual(found('Genesis targets foundational shifts. The Genesis team grew.'), []);
    assert.deepEqual(found('The Genesis Mission began. Genesis targets foundational shifts.'), ['Genesis Mission=genesis-mission', 'Genesis=genesis-mission']);
  });

  it('takes no common technical acronym for an organization', () => {
    assert.deepEqual(found('The AI unit launched GPUs. The LLM shipped. TCO fell as CapEx rose while OpEx fell. An API announced nothing. ETH, BTC and USDT rose.'), []);
    assert.deepEqual(found('SoftBank, NVIDIA, GPU and VRAM makers'), ['SoftBank=softbank', 'NVIDIA=nvidia']);
  });

  it('infers nothing from Title Case headlines, but still knows the names in them', () => {
    assert.deepEqual(found('Key Facts at a Glance\nWhy This Matters For Investors\nAlpha Take\nGogo’s Take\nAcme Robotics Unveils New Phones'), []);
    assert.deepEqual(found('Japan Bets on Physical AI for Technological Independence'), ['Japan=japan']);
  });

  it('reads nothing into comment user handles, even a handle that looks like a name', () => {
    const text = 'BackrowObserver\n· 2025-12-24 06:14\nGreat post.\nGoogle\n· 2025-12-23 18:53\nSoftBank is serious.\nAirdropNinja\n2025-12-21 06:50\nOk.';
    assert.deepEqual(found(text), ['SoftBank=softbank']);
  });

  it('reads an ambiguous one-word name only where it cannot be the common word', () => {
    assert.deepEqual(found('Decrypt the message now. The Gate opened at noon. Visitors came through the Gate.'), []);
    assert.deepEqual(found('Originally reported by\nDecrypt\nAccording to Decrypt, prices fell. The views of Gate, nor advice.'), ['Decrypt=decrypt', 'Decrypt=decrypt', 'Gate=gate-io']);
    assert.deepEqual(found('Jordan said the deal was done. Paris Hilton attended.'), []);
  });

  it('takes no demonym or generic capitalized phrase for an entity', () => {
    assert.deepEqual(found('The Japanese government and Chinese firms met. Big Tech and Computing Power and Open Source community. National Bank said so.'), []);
  });

  it('does not join two names across "and" into one organization', () => {
    assert.deepEqual(found('SoftBank and Preferred Networks Inc. will handle it.'), ['SoftBank=softbank', 'Preferred Networks Inc.=preferred-networks']);
  });
});
