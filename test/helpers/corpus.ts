import { Corpus } from '../../server/src/analysis/corpus/corpus';
import { createContext } from '../../server/src/analysis/analyze';
import { defaultConfig, type Config } from '../../server/src/analysis/config';
import type { Finding } from '../../server/src/analysis/model';

/** An in-memory corpus of named texts, with the default configuration unless given one. */
export function corpusOf(docs: Record<string, string>, config: Partial<Config> = {}): Corpus {
  const corpus = new Corpus(createContext({ ...defaultConfig(), ...config }));
  for (const [name, text] of Object.entries(docs)) corpus.set(name, text);
  return corpus;
}

export function allFindings(corpus: Corpus): Finding[] {
  return [...corpus.documents()].flatMap((d) => corpus.findings(d));
}

/** "doc: code "text"" lines, for readable assertions. */
export function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.doc}: ${f.code} "${f.text}"`).sort();
}
