import { strict as assert } from 'node:assert';
import { entityInputsFromAnnotations, tagsAsOrganizations, slug } from '../../../server/src/analysis/annotations/entityInputs';
import { organizationSchema } from '../../../server/src/analysis/config';
import { annotate } from './fixtures';

const TEXT = 'Rapidus and the Leading-edge Semiconductor Technology Center (LSTC) met in Hokkaido. Apple pie was served.';

describe('annotations: entity inputs', () => {
  it('turns tags into names with a type (and alias), and "not an entity" into suppressions', () => {
    const anns = [
      annotate({ kind: 'tag', entityType: 'organization' }, [{ source: 'a.txt', text: TEXT, quote: 'Leading-edge Semiconductor Technology Center' }]),
      annotate({ kind: 'tag', entityType: 'organization', aliasOf: 'leading-edge-semiconductor-technology-center' }, [{ source: 'a.txt', text: TEXT, quote: 'LSTC' }]),
      annotate({ kind: 'tag', entityType: 'place' }, [{ source: 'a.txt', text: TEXT, quote: 'Hokkaido' }]),
      annotate({ kind: 'not-entity' }, [{ source: 'a.txt', text: TEXT, quote: 'Apple' }]),
      annotate({ kind: 'note', body: 'check this' }, [{ source: 'a.txt', text: TEXT, quote: 'Rapidus' }]),
    ];
    const inputs = entityInputsFromAnnotations(anns);
    assert.deepEqual(inputs.tags, [
      { name: 'Leading-edge Semiconductor Technology Center', type: 'organization' },
      { name: 'LSTC', type: 'organization', aliasOf: 'leading-edge-semiconductor-technology-center' },
      { name: 'Hokkaido', type: 'place' },
    ]);
    assert.deepEqual(inputs.suppressions, [{ name: 'Apple', source: 'a.txt', start: TEXT.indexOf('Apple'), end: TEXT.indexOf('Apple') + 5 }]);

    const orgs = tagsAsOrganizations(inputs.tags, (id) => (id === 'softbank' ? 'SoftBank Group' : undefined));
    assert.deepEqual(orgs, [
      { id: 'leading-edge-semiconductor-technology-center', name: 'Leading-edge Semiconductor Technology Center', aliases: ['LSTC'], type: 'organization' },
      { id: 'hokkaido', name: 'Hokkaido', aliases: [], type: 'place' },
    ]);
    for (const o of orgs) assert.ok(organizationSchema.safeParse(o).success, 'valid workspace organizations');
  });

  it('the latest tag of a name wins, and an alias of a built-in entity takes its display name', () => {
    const older = annotate({ kind: 'tag', entityType: 'organization' }, [{ source: 'a.txt', text: TEXT, quote: 'Hokkaido' }], new Date('2026-01-01T00:00:00Z'));
    const newer = annotate({ kind: 'tag', entityType: 'place' }, [{ source: 'a.txt', text: TEXT, quote: 'Hokkaido' }], new Date('2026-02-01T00:00:00Z'));
    assert.deepEqual(entityInputsFromAnnotations([newer, older]).tags, [{ name: 'Hokkaido', type: 'place' }]);
    const alias = annotate({ kind: 'tag', entityType: 'organization', aliasOf: 'softbank' }, [{ source: 'a.txt', text: 'SBG said', quote: 'SBG' }]);
    assert.deepEqual(tagsAsOrganizations(entityInputsFromAnnotations([alias]).tags, () => 'SoftBank Group'), [
      { id: 'softbank', name: 'SoftBank Group', aliases: ['SBG'], type: 'organization' },
    ]);
  });

  it('slugs names into configuration ids', () => {
    assert.equal(slug('Preferred Networks'), 'preferred-networks');
    assert.equal(slug('  Société Générale! '), 'societe-generale');
  });
});
