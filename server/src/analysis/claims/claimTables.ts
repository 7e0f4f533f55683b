/** The word tables the claim layer reads sentences with, made once per configuration (its measures add words). */
import type { Config } from '../config';
import { measureTables, type MeasureTables } from './measure';
import { subjectTables, type SubjectTables } from './subjects';
import { claimVocabulary } from './vocabulary';
import { WordIds } from './wordIds';

export interface ClaimTables {
  ids: WordIds;
  measure: MeasureTables;
  subject: SubjectTables;
}

const tablesByConfig = new WeakMap<Config, ClaimTables>();

export function claimTables(config: Config): ClaimTables {
  let tables = tablesByConfig.get(config);
  if (!tables) {
    const ids = new WordIds();
    for (const w of claimVocabulary(config.measures ?? {})) ids.add(w);
    tables = { ids, measure: measureTables(config.measures ?? {}, ids), subject: subjectTables(ids) };
    tablesByConfig.set(config, tables);
  }
  return tables;
}
