/**
 * The corpus index: per document its analysis (kept while its text is unchanged), and
 * across documents the maps entity -> mentions and claim key -> claims, with
 * the reverse maps (document -> entity ids, document -> claim keys) so that
 * replacing one document touches only what depends on it.
 *
 * Findings come in two kinds: those of the document-scope rules, computed
 * once with the analysis, and those of the corpus-scope rules (figure-conflict),
 * computed on demand and cached until a document they depend on changes. With
 * a text source the corpus need not keep the texts (see TextSource).
 */
import type { Claim, DocumentAnalysis, EntityMention, Finding } from '../model';
import type { Config } from '../config';
import { analyzeDocument, ANALYSIS_BATCH, type AnalysisContext } from '../analyze';
import { contentHash } from '../text/hash';
import { escapeRegExp } from '../text/escapeRegExp';
import { searchForms } from '../extract/entities/keys';
import { LineIndex } from '../text/lineIndex';
import { detachAnalysis, detachFindings } from './detach';
import { documentAlone } from './documentAlone';
import { slimAnalysis, withSubjectMentionsOnly } from './slim';
import { letGoOf, prepareDocument, prepareDocumentsEach, type LetGoDocument, type PreparedDocument } from './prepare';
import { Postings } from './postings';
import { changeMattersAt, comparedAt } from './commonKeys';
import { RULES } from '../rules/index';
import type { CorpusView, Rule, RuleInput } from '../rules/rule';
import { severityOf } from '../rules/describe';

/**
 * Where the corpus reads a text back that it did not keep. The texts are most
 * of a corpus's memory (UTF-16: ~100 MB for 10,000 articles), and after
 * analysis only hovers and edits still need them, so the language server keeps
 * the texts of open documents and reads the others back from disk.
 */
export interface TextSource {
  /** Whether to keep this document's text in memory. */
  keep(doc: string): boolean;
  /**
   * The document's text as it is now, or undefined when it cannot be read.
   * `once`: one of many read together (a change of names re-checks every
   * document), which a source that keeps the texts read lately for the
   * requests that come back to them (hovers) should not keep in their place.
   */
  read(doc: string, once?: boolean): string | undefined;
}

export interface CorpusOptions {
  rules?: readonly Rule[];
  /** Without a source the corpus keeps every text (the CLI does). */
  texts?: TextSource;
  /**
   * Of a document whose text it keeps, the corpus keeps every figure
   * ('all', the default: the language server's open documents), or only its
   * claims' figures ('claims', as for a text let go: slim.ts). Findings read
   * no more; a request at a position in the document (fullAnalysis) makes
   * the analysis again from the text. The CLI asks for nothing else: two in
   * three figures are no claim, and keeping them slowed the check ~15%.
   */
  figures?: 'all' | 'claims';
  /**
   * Of each document, the corpus keeps every mention ('all', the default), or
   * only the first of each entity its claims name ('subjects':
   * slim.ts withSubjectMentionsOnly), for a corpus that reports findings and
   * answers nothing about entities (the CLI's check). A request at a position
   * (fullAnalysis) makes the whole analysis again from the text.
   */
  mentions?: 'all' | 'subjects';
}

interface Entry {
  /** The text, when kept; else read back from the text source. */
  text?: string;
  /**
   * The content hash of a text that was not kept, to check a text read back
   * against (a kept text is compared as it is: the CLI never hashes).
   */
  hash?: string;
  analysis: DocumentAnalysis;
  /** The context the analysis was made under, to make it again the same (see fullAnalysis). */
  ctx: AnalysisContext;
  /**
   * What the analysis is: 'whole' as made (its strings may be slices of the
   * text); 'slim' since the text was let go (slim.ts, detach.ts), or as made
   * but with its claims' figures only (CorpusOptions.figures); or
   * 'detached': made whole again by fullAnalysis, its strings detached.
   */
  form: 'whole' | 'slim' | 'detached';
  /** Line starts, built while the text was in hand when the text is not kept. */
  lines?: LineIndex;
  /** Findings of the document-scope rules, computed with the analysis. */
  own: Finding[];
  /** Findings of every rule, cached until something they depend on changes. */
  findings?: Finding[];
}

/**
 * The researcher's annotations as the corpus sees them (installed by the
 * annotation module with `Corpus.setAnnotations`).
 */
export interface AnnotationLayer {
  /** Silences the findings a decision settled; runs on every findings() read, so it must be cheap. */
  filterFindings(doc: string, findings: Finding[]): Finding[];
  /** Adds the names researchers tagged to the analysis context (the entity lexicon). */
  extendContext(ctx: AnalysisContext): AnalysisContext;
}

/** A change of rule settings under way (Corpus.beginRuleSettings). */
export interface RuleSettingsChange {
  /** Documents to pass to recheckRules(). */
  docs: string[];
  /** The context before the change, and the one it installed. */
  from: AnalysisContext;
  to: AnalysisContext;
}

/** A change of the entity lexicon under way (Corpus.beginAnnotations, beginOrganizations). */
export interface LexiconChange {
  /** Documents to re-publish now (every one when only the findings' filter changed). */
  republish: string[];
  /** Documents to pass to recheck(). */
  recheck: string[];
  /** Matches a text that names one of the changed names; without it, every document rechecked is re-analysed. */
  names?: RegExp;
  /** The corpus's context before and after the change. */
  from: AnalysisContext;
  to: AnalysisContext;
}

export class Corpus implements CorpusView {
  private readonly entries = new Map<string, Entry>();
  private annotations?: AnnotationLayer;
  /** The context before the annotation layer extended it. */
  private baseCtx: AnalysisContext;
  private readonly byEntity = new Postings<EntityMention>();
  private readonly byClaimKey = new Postings<Claim>();

  private readonly documentRules: readonly Rule[];
  private readonly corpusRules: readonly Rule[];
  private readonly texts?: TextSource;
  /** Kept texts' analyses are kept slim too (CorpusOptions.figures). */
  private readonly claimFiguresOnly: boolean;
  /** Only the claims' subjects' first mentions are kept (CorpusOptions.mentions). */
  private readonly subjectMentionsOnly: boolean;

  constructor(
    private ctx: AnalysisContext,
    options: CorpusOptions = {},
  ) {
    this.baseCtx = ctx;
    const rules = options.rules ?? RULES;
    this.documentRules = rules.filter((r) => r.scope === 'document');
    this.corpusRules = rules.filter((r) => r.scope === 'corpus');
    this.texts = options.texts;
    this.claimFiguresOnly = options.figures === 'claims';
    this.subjectMentionsOnly = options.mentions === 'subjects';
  }

  get context(): AnalysisContext {
    return this.ctx;
  }

  /** Replaces the analysis context (new configuration); every document is re-analysed. */
  setContext(ctx: AnalysisContext): string[] {
    const docs = this.beginContext(ctx);
    for (const doc of docs) this.reanalyse(doc, true);
    return docs;
  }

  /**
   * Installs a new context without re-analysing anything yet, and returns the
   * documents to re-analyse, so that a caller can do it in batches with
   * pauses between them (the server does, to stay responsive on a large
   * workspace). Until each document is re-analysed it keeps its old analysis.
   */
  beginContext(ctx: AnalysisContext): string[] {
    this.baseCtx = ctx;
    this.ctx = this.extended(ctx);
    return [...this.entries.keys()];
  }

  /**
   * Installs a configuration that analyses every text as the current one
   * does (configChange.ts: only tolerances or severities differ),
   * without re-analysing anything: the caller passes each document to
   * recheckRules(), in batches if it must stay responsive. Findings across
   * documents are computed again on their next read.
   */
  beginRuleSettings(config: Config): RuleSettingsChange {
    const from = this.ctx;
    this.baseCtx = { ...this.baseCtx, config };
    this.ctx = this.extended(this.baseCtx);
    for (const entry of this.entries.values()) entry.findings = undefined;
    return { docs: [...this.entries.keys()], from, to: this.ctx };
  }

  /**
   * Brings one document's own findings to the settings beginRuleSettings
   * installed: the document-scope rules whose settings changed (or that were
   * off) run again on its analysis as it is, the others' findings take their
   * rule's severity now. A rule that reads every figure needs a whole
   * analysis: for it a let-go (slim) document is analysed again.
   */
  recheckRules(doc: string, change: RuleSettingsChange): void {
    const entry = this.entries.get(doc);
    // Gone, or analysed under the current settings since.
    if (!entry || entry.ctx === this.ctx) return;
    // Under other settings than those the change started from, or another change came since: analysed again.
    if (entry.ctx !== change.from || this.ctx !== change.to) {
      this.reanalyse(doc, true);
      return;
    }
    const before = change.from.config;
    const now = this.ctx.config;
    const off = (rule: Rule, config: Config) => severityOf(rule, config) === undefined;
    const rerun = this.documentRules.filter((r) => !off(r, now) && (off(r, before) || r.settings.some((k) => JSON.stringify(before[k]) !== JSON.stringify(now[k]))));
    if (rerun.some((r) => r.reads === 'figures') && entry.form === 'slim') {
      this.reanalyse(doc, true);
      return;
    }
    // internal-conflict reads the text only to number the line of a conflict it found.
    const fresh = this.runRules(rerun, this.ruleInput(doc, entry.analysis, documentAlone(doc, entry.analysis)));
    if (entry.text === undefined) detachFindings(fresh);
    const replaced = new Set<string>([...rerun, ...this.documentRules.filter((r) => off(r, now))].map((r) => r.id));
    const kept = entry.own.filter((f) => !replaced.has(f.code));
    for (const f of kept) {
      const rule = this.documentRules.find((r) => r.id === f.code);
      if (rule) f.severity = severityOf(rule, now)!;
    }
    entry.own = [...kept, ...fresh];
    entry.ctx = this.ctx;
  }

  /**
   * Re-analyses one document under the current context; returns the documents
   * affected. `once` as for TextSource.read: one of many re-analysed together.
   */
  reanalyse(doc: string, once = false): Set<string> {
    const text = this.text(doc, once);
    if (text === undefined) return new Set();
    // Removed first, so that the holders of every key it had are affected (their findings may cite its old claims), then added anew.
    const affected = this.delete(doc);
    for (const d of this.set(doc, text)) affected.add(d);
    return affected;
  }

  /**
   * Adds or replaces a document. Returns the documents whose findings may
   * have changed: this one, and every other that shares a match key whose
   * claims changed (in value, text or position) between the old and the new
   * version. Editing prose around the figures touches no other document.
   */
  set(doc: string, text: string): Set<string> {
    if (this.storedUnchanged(doc, text)) return new Set();
    const keep = this.keeps(doc);
    return this.install(doc, prepareDocument(doc, text, this.ctx, this.documentRules, keep), keep ? text : undefined, this.entries.get(doc));
  }

  /**
   * Adds or replaces documents as set() does each, in their order, but
   * analyses them in batches (analyzeDocuments: faster than one at a time).
   * Returns the documents affected.
   */
  setAll(docs: Iterable<readonly [doc: string, text: string]>): Set<string> {
    const affected = new Set<string>();
    let batch: Array<readonly [string, string]> = [];
    const flush = () => {
      const todo = batch.filter(([doc, text]) => !this.storedUnchanged(doc, text));
      const prepared = this.prepareAll(todo);
      todo.forEach(([doc, text], i) => {
        // One that failed is prepared again alone, to throw its error here as set() would.
        const p = prepared[i] ?? this.prepare(doc, text);
        for (const d of this.install(doc, p, p.letGo ? undefined : text, this.entries.get(doc))) affected.add(d);
      });
      batch = [];
    };
    for (const item of docs) {
      batch.push(item);
      if (batch.length === ANALYSIS_BATCH) flush();
    }
    flush();
    return affected;
  }

  /** Stores a text the corpus has analysed under the current settings already, and says so: it keeps its analysis. */
  private storedUnchanged(doc: string, text: string): boolean {
    const old = this.entries.get(doc);
    // Unless the analysis was made under settings since changed (beginContext and the like).
    if (!old || old.ctx !== this.ctx || !sameText(old, text)) return false;
    this.store(doc, old, text);
    return true;
  }

  /**
   * Prepares a document as set() would (analysis, document-scope findings,
   * and what stands in for a text let go), without touching the corpus: to
   * be installed later with setPrepared, under the same context.
   */
  prepare(doc: string, text: string): PreparedDocument {
    return prepareDocument(doc, text, this.ctx, this.documentRules, this.keeps(doc));
  }

  /**
   * Prepares documents as prepare() prepares each, together (analyzeDocuments:
   * faster in batches of ANALYSIS_BATCH); one whose preparation throws is
   * undefined, the others prepared (prepareDocumentsEach).
   */
  prepareAll(docs: ReadonlyArray<readonly [doc: string, text: string]>): Array<PreparedDocument | undefined> {
    const prepared: Array<PreparedDocument | undefined> = [];
    // Texts kept and texts let go are prepared apart (prepareDocuments takes one or the other), returned in order.
    for (const keep of [true, false]) {
      const at = docs.flatMap(([doc], i) => (this.keeps(doc) === keep ? [i] : []));
      if (at.length === 0) continue;
      const made = prepareDocumentsEach(at.map((i) => docs[i][0]), at.map((i) => docs[i][1]), this.ctx, this.documentRules, keep);
      at.forEach((i, k) => (prepared[i] = made[k]));
    }
    return prepared;
  }

  /**
   * Adds or replaces a document prepared beforehand (by prepare(), or by the
   * language server's indexing worker) for a text the corpus lets go, as
   * set() does with the text. The caller vouches that it was prepared under
   * this corpus's current context and rules.
   */
  setPrepared(doc: string, prepared: LetGoDocument): Set<string> {
    const old = this.entries.get(doc);
    if (old?.hash !== undefined && old.hash === prepared.letGo.hash && old.ctx === this.ctx) return new Set();
    return this.install(doc, prepared, undefined, old);
  }

  /** Indexes a prepared document in place of its old version; returns the documents affected. */
  private install(doc: string, prepared: PreparedDocument, text: string | undefined, old: Entry | undefined): Set<string> {
    const { own, letGo } = prepared;
    // A let-go document's analysis is slim already; a kept text's is slimmed here as the options ask.
    const slim = letGo !== undefined || this.claimFiguresOnly || this.subjectMentionsOnly;
    let analysis = !letGo && this.claimFiguresOnly ? slimAnalysis(prepared.analysis) : prepared.analysis;
    if (this.subjectMentionsOnly) analysis = withSubjectMentionsOnly(analysis);
    const affected = new Set<string>([doc]);
    const changed = old ? changedKeys(old.analysis, analysis) : matchKeysOf(analysis);
    this.unindex(doc);
    const entry: Entry = { analysis, ctx: this.ctx, own, text, hash: letGo?.hash, lines: letGo?.lines, form: slim ? 'slim' : 'whole' };
    this.entries.set(doc, entry);
    this.index(doc, analysis);
    changed.forEach((key) => this.addHolders(key, affected));
    this.invalidate(affected);
    return affected;
  }

  delete(doc: string): Set<string> {
    const old = this.entries.get(doc);
    if (!old) return new Set();
    this.unindex(doc);
    this.entries.delete(doc);
    const affected = new Set<string>();
    matchKeysOf(old.analysis).forEach((key) => this.addHolders(key, affected));
    affected.delete(doc);
    this.invalidate(affected);
    return affected;
  }

  has(doc: string): boolean {
    return this.entries.has(doc);
  }

  /** Whether the document is here, analysed under the current context (not one from before a change still being applied). */
  isCurrent(doc: string): boolean {
    return this.entries.get(doc)?.ctx === this.ctx;
  }

  /** Whether every document was analysed under the current context (none is left from before a change still being applied). */
  allCurrent(): boolean {
    for (const entry of this.entries.values()) if (entry.ctx !== this.ctx) return false;
    return true;
  }

  get size(): number {
    return this.entries.size;
  }

  documents(): IterableIterator<string> {
    return this.entries.keys();
  }

  /**
   * A document's text: kept, or read back from the text source. A text read
   * back that no longer matches the analysis (changed on disk, not re-indexed
   * yet) is not returned: the analysis's offsets would point elsewhere in it.
   */
  text(doc: string, once = false): string | undefined {
    const entry = this.entries.get(doc);
    if (!entry) return undefined;
    if (entry.text !== undefined) return entry.text;
    const text = this.texts?.read(doc, once);
    return text !== undefined && sameText(entry, text) ? text : undefined;
  }

  /** Line starts of a document, for positions in it. */
  lines(doc: string): LineIndex | undefined {
    const entry = this.entries.get(doc);
    if (!entry) return undefined;
    if (!entry.lines) {
      const text = this.text(doc);
      if (text !== undefined) entry.lines = new LineIndex(text);
    }
    return entry.lines;
  }

  /**
   * What the corpus keeps of a document's analysis: all of it while the text is
   * kept (unless CorpusOptions.figures says otherwise), else its claims,
   * mentions and sentences but only its claims' figures (see slim.ts). For
   * what is at a position in the document, use fullAnalysis.
   */
  analysis(doc: string): DocumentAnalysis | undefined {
    return this.entries.get(doc)?.analysis;
  }

  /**
   * A document's whole analysis, made again from its text when it was slimmed
   * (under the context it was first made under, so the claims come out the
   * same and no other document is affected). The slim analysis when the text
   * cannot be read back.
   */
  fullAnalysis(doc: string): DocumentAnalysis | undefined {
    const entry = this.entries.get(doc);
    if (entry?.form !== 'slim') return entry?.analysis;
    const text = this.text(doc);
    if (text === undefined) return entry.analysis;
    const analysis = analyzeDocument(text, entry.ctx);
    this.unindex(doc);
    entry.analysis = analysis;
    this.index(doc, analysis);
    // Kept whole from now on; detached at once when the text is not kept (store() slims only a 'whole' analysis).
    entry.form = entry.text === undefined ? 'detached' : 'whole';
    if (entry.form === 'detached') detachAnalysis(analysis, []);
    return analysis;
  }

  claimsByKey(key: string): Array<{ doc: string; claim: Claim }> {
    return this.byClaimKey.all(key, (doc, claim) => ({ doc, claim }));
  }

  forEachClaimHolder(key: string, visit: (claims: readonly Claim[], doc: string) => void): void {
    this.byClaimKey.forEachHolder(key, visit);
  }

  compares(key: string): boolean {
    return comparedAt(this.byClaimKey.holderCount(key));
  }

  mentionsOf(id: string): Array<{ doc: string; mention: EntityMention }> {
    return this.byEntity.all(id, (doc, mention) => ({ doc, mention }));
  }

  /** Visits the mentions of an entity document by document, without copying them. */
  forEachMentionHolder(id: string, visit: (mentions: readonly EntityMention[], doc: string) => void): void {
    this.byEntity.forEachHolder(id, visit);
  }

  /** The first mention of an entity the corpus indexed, without listing the others. */
  firstMentionOf(id: string): { doc: string; mention: EntityMention } | undefined {
    return this.byEntity.first(id, (doc, mention) => ({ doc, mention }));
  }

  /** The first claim indexed under a match key, without listing the others. */
  firstClaimOf(key: string): { doc: string; claim: Claim } | undefined {
    return this.byClaimKey.first(key, (doc, claim) => ({ doc, claim }));
  }

  /** Entity ids known to the corpus with their mention counts. */
  entityIds(): IterableIterator<string> {
    return this.byEntity.keysHeld();
  }

  claimKeys(): IterableIterator<string> {
    return this.byClaimKey.keysHeld();
  }

  /** The findings of one document, computed on demand and cached until something they depend on changes. */
  findings(doc: string): Finding[] {
    const entry = this.entries.get(doc);
    if (!entry) return [];
    if (!entry.findings) {
      // Rules across documents read claims, seldom the text.
      entry.findings = [...entry.own, ...this.runRules(this.corpusRules, this.ruleInput(doc, entry.analysis, this))];
      entry.findings.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
    }
    return this.annotations ? this.annotations.filterFindings(doc, entry.findings) : entry.findings;
  }

  /**
   * Installs (or replaces) the annotation layer and re-analyses what it
   * changes, at once (see beginAnnotations). Returns the documents to re-publish.
   */
  setAnnotations(layer: AnnotationLayer | undefined, changedNames?: readonly string[]): string[] {
    const change = this.beginAnnotations(layer, changedNames);
    const out = new Set(change.republish);
    for (const doc of change.recheck) for (const d of this.recheck(doc, change)) out.add(d);
    return [...out];
  }

  /**
   * Installs (or replaces) the annotation layer, and says which documents it
   * may change without re-analysing any yet: the caller passes each to
   * recheck(), in batches if it must stay responsive (the language server
   * does: on 10,000 articles the checks read every closed one back from disk).
   * Until a document is rechecked it keeps its analysis.
   *
   * When the layer adds to the context (tags), documents are re-analysed: all
   * of them, or with `changedNames` only those whose text contains one of
   * those names (case-insensitive), since a lexicon change cannot alter the
   * analysis of a text that never mentions the changed names. Decisions apply
   * on every findings() read and need no re-analysis: every document is then
   * only re-published.
   */
  beginAnnotations(layer: AnnotationLayer | undefined, changedNames?: readonly string[]): LexiconChange {
    const from = this.ctx;
    this.annotations = layer;
    const to = this.extended(this.baseCtx);
    // Nothing added to the context (no tags): the analyses stand, only the findings' filter changed.
    if (to === from) return { republish: [...this.entries.keys()], recheck: [], from, to };
    return this.beginLexicon(from, to, changedNames);
  }

  /**
   * Installs a context whose configuration differs from the current one only
   * in the workspace's organizations, whose names (and aliases, both old and
   * new) are `changedNames` (configChange.ts): as with tags, only documents
   * naming one of them are analysed again, each when passed to recheck().
   */
  beginOrganizations(ctx: AnalysisContext, changedNames: readonly string[]): LexiconChange {
    const from = this.ctx;
    this.baseCtx = ctx;
    return this.beginLexicon(from, this.extended(ctx), changedNames);
  }

  private beginLexicon(from: AnalysisContext, to: AnalysisContext, changedNames: readonly string[] | undefined): LexiconChange {
    this.ctx = to;
    if (!changedNames) return { republish: [], recheck: [...this.entries.keys()], from, to };
    // The forms the lexicon finds them by too: a tag or an organization "Kestrel Robotics Inc." matches "Kestrel Robotics".
    const needles = [...new Set(changedNames.flatMap(searchForms))];
    if (needles.length === 0) {
      for (const entry of this.entries.values()) if (entry.ctx === from) entry.ctx = to;
      return { republish: [], recheck: [], from, to };
    }
    // One case-insensitive pattern: half the time of lower-casing every text (10k articles: 110 ms against 230 ms).
    return { republish: [], recheck: [...this.entries.keys()], names: new RegExp(needles.map(escapeRegExp).join('|'), 'iu'), from, to };
  }

  /** Brings one document of a lexicon change (tags, organizations) up to the current context; returns the documents affected. */
  recheck(doc: string, change: LexiconChange): Set<string> {
    const entry = this.entries.get(doc);
    // Gone, or analysed under the current context since (edited meanwhile).
    if (!entry || entry.ctx === this.ctx) return new Set();
    // Only while no other change moved the context on can a text that never names the changed names keep its analysis.
    if (change.names && entry.ctx === change.from && this.ctx === change.to) {
      // Searched unverified: reanalyse() checks the text it analyses against the content hash.
      const text = entry.text ?? this.texts?.read(doc, true);
      if (text === undefined) return new Set();
      if (!change.names.test(text)) {
        // Its analysis is the same under the new context; the old one need not be kept for it (see fullAnalysis).
        entry.ctx = change.to;
        return new Set();
      }
    }
    return this.reanalyse(doc, true);
  }

  /** What a rule reads of a document held here: its text is read (back) only if the rule asks for it. */
  private ruleInput(doc: string, analysis: DocumentAnalysis, corpus: CorpusView): RuleInput {
    const texts = this;
    return {
      doc,
      analysis,
      corpus,
      ctx: this.ctx,
      get text() {
        return texts.text(doc) ?? '';
      },
    };
  }

  private runRules(rules: readonly Rule[], input: RuleInput): Finding[] {
    return rules.flatMap((rule) => rule.check(input));
  }

  /** A base context as the annotation layer extends it (with the tagged names), or as it is without a layer. */
  private extended(base: AnalysisContext): AnalysisContext {
    return this.annotations ? this.annotations.extendContext(base) : base;
  }

  /** Whether to keep a document's text (without a text source, every text is kept). */
  private keeps(doc: string): boolean {
    return !this.texts || this.texts.keep(doc);
  }

  /** Keeps the text, or, when the text source will give it back, only its line starts, hash and slim analysis. */
  private store(doc: string, entry: Entry, text: string): void {
    if (this.keeps(doc)) {
      entry.text = text;
      return;
    }
    entry.lines ??= new LineIndex(text);
    entry.hash ??= contentHash(text);
    if (entry.form === 'whole') {
      // The index holds the same claims and mentions: nothing to re-index.
      entry.analysis = letGoOf(entry.analysis, entry.own);
      entry.form = 'slim';
    }
    entry.text = undefined;
  }

  /** Adds every document holding a claim under this match key, when a change under it can matter to them. */
  private addHolders(key: string, into: Set<string>): void {
    if (!changeMattersAt(this.byClaimKey.holderCount(key))) return;
    this.byClaimKey.forEachHolder(key, (_, d) => into.add(d));
  }

  private invalidate(docs: Iterable<string>): void {
    for (const d of docs) {
      const e = this.entries.get(d);
      if (e) e.findings = undefined;
    }
  }

  private index(doc: string, analysis: DocumentAnalysis): void {
    for (const m of analysis.entities) this.byEntity.add(m.id, doc, m);
    for (const c of analysis.claims) for (const k of c.matchKeys) this.byClaimKey.add(k, doc, c);
  }

  private unindex(doc: string): void {
    const entry = this.entries.get(doc);
    if (!entry) return;
    for (const m of entry.analysis.entities) this.byEntity.remove(m.id, doc);
    for (const c of entry.analysis.claims) for (const k of c.matchKeys) this.byClaimKey.remove(k, doc);
  }
}

/** Every match key of a document's claims. */
function matchKeysOf(analysis: DocumentAnalysis): Set<string> {
  const out = new Set<string>();
  for (const c of analysis.claims) for (const k of c.matchKeys) out.add(k);
  return out;
}

/** The match keys under which what other documents see of this one differs between two analyses. */
function changedKeys(before: DocumentAnalysis, after: DocumentAnalysis): Set<string> {
  const a = claimSignatures(before);
  const b = claimSignatures(after);
  const out = new Set<string>();
  for (const [key, sig] of a) if (b.get(key) !== sig) out.add(key);
  for (const key of b.keys()) if (!a.has(key)) out.add(key);
  return out;
}

/** Per match key, what other documents' findings can see of this document's claims under it. */
function claimSignatures(analysis: DocumentAnalysis): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of analysis.claims) {
    const f = c.figure;
    const part = `${f.start}:${f.end}:${f.text}:${f.low}:${f.high}:${f.usd?.value ?? ''}`;
    for (const k of c.matchKeys) out.set(k, out.has(k) ? `${out.get(k)};${part}` : part);
  }
  return out;
}

/** Whether text is the text an entry was analysed from: compared when kept, else by content hash. */
function sameText(entry: Entry, text: string): boolean {
  if (entry.text !== undefined) return entry.text === text;
  return entry.hash !== undefined && entry.hash === contentHash(text);
}
