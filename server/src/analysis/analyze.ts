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
import { CodeUnitSlots } from './text/codeUnits';

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
  return analyzeDocuments([original], ctx)[0];
}

/**
 * How many documents analyzeDocuments takes at a time to pay. Over 10,000
 * articles, batches of 16 took 10-25% less time than one document after the
 * other (alternating runs in one process; faster in 7 of 8 and 6 of 6):
 * one layer's compiled code stays in the processor's caches across the
 * batch, where the whole engine's does not fit. Batches of 4 gained ~1%,
 * of 64-256 ~14%.
 */
export const ANALYSIS_BATCH = 16;

/**
 * Several documents, ANALYSIS_BATCH at a time, each batch layer by layer:
 * every text's date, then every text's sentences, figures, entities, and
 * claims last. Each analysis is the one analyzeDocument makes of its text
 * alone.
 */
export function analyzeDocuments(originals: readonly string[], ctx: AnalysisContext): DocumentAnalysis[] {
  if (originals.length <= ANALYSIS_BATCH) return analyzeBatch(originals, ctx);
  const analyses: DocumentAnalysis[] = [];
  for (let i = 0; i < originals.length; i += ANALYSIS_BATCH) analyses.push(...analyzeBatch(originals.slice(i, i + ANALYSIS_BATCH), ctx));
  return analyses;
}

/** The code units of the batch being analysed, a slot per text. */
const slots = new CodeUnitSlots();

function analyzeBatch(originals: readonly string[], ctx: AnalysisContext): DocumentAnalysis[] {
  // Blanked, not cut: the offsets of what is analysed are those of the original text.
  const texts = ctx.ignored ? originals.map((t) => blankIgnored(t, ctx.ignored!)) : originals;
  const dates = texts.map((t) => findDocumentDate(t));
  const sentences = texts.map((t) => splitSentences(t));
  // Each text's code units, copied once for the three passes that read every character.
  const units = texts.map((t, i) => slots.of(i, t));
  const figures = texts.map((t, i) => extractFigures(t, { rates: ctx.rates, documentDate: dates[i] }, units[i]));
  const entities = texts.map((t, i) => extractEntities(t, ctx.lexicon, units[i]));
  return texts.map((t, i) => ({
    sentences: sentences[i],
    figures: figures[i],
    entities: entities[i],
    claims: buildClaims(t, sentences[i], figures[i], entities[i], ctx.config, units[i]),
    documentDate: dates[i],
  }));
}
