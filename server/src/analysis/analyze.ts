/**
 * One document on its own: sentences, figures, entities, claims. Pure and
 * deterministic: the same text and context give the same analysis.
 */
import type { DocumentAnalysis } from './model';
import type { Config } from './config';
import { splitSentences } from './text/sentences';
import { extractFigures } from './extract/figures';
import { extractEntities, buildLexicon, type EntityLexicon } from './extract/entities';
import { createRateTable, type RateTable } from './extract/rates';
import { findDocumentDate } from './extract/documentDate';
import { buildClaims } from './claims/claims';
import { blankIgnored, compileIgnored } from './text/ignored';

export interface AnalysisContext {
  config: Config;
  lexicon: EntityLexicon;
  rates: RateTable;
  /** The `ignore` patterns, compiled: what they match is not analysed. */
  ignored?: RegExp[];
}

/** The context of a configuration; `lexicon`, when given, must be the one its organizations build (configChange.ts has it at hand). */
export function createContext(config: Config, lexicon = buildLexicon(config.organizations)): AnalysisContext {
  return { config, lexicon, rates: createRateTable(config.exchangeRates), ignored: compileIgnored(config.ignore) };
}

export function analyzeDocument(original: string, ctx: AnalysisContext): DocumentAnalysis {
  // Blanked, not cut: the offsets of what is analysed are those of the original text.
  const text = ctx.ignored ? blankIgnored(original, ctx.ignored) : original;
  const documentDate = findDocumentDate(text);
  const sentences = splitSentences(text);
  const figures = extractFigures(text, { rates: ctx.rates, documentDate });
  const entities = extractEntities(text, ctx.lexicon);
  const claims = buildClaims(text, sentences, figures, entities, ctx.config);
  return { sentences, figures, entities, claims, documentDate };
}
