/**
 * The engine's data model, shared by every layer (extract, claims, corpus,
 * rules, annotations) and by the CLI and the language server.
 *
 * Offsets are UTF-16 code-unit indices into the document string, `end`
 * exclusive. Conversion to line/character happens once, at the edge.
 */
import type { SentenceList } from './text/sentences';

export interface Span {
  start: number;
  end: number;
}

/** The words that set a figure's interval ("about", "nearly", "over" …). */
export type Qualifier =
  | 'exact'
  | 'about' // approximately, around, roughly, some, ~
  | 'nearly' // almost, nearly, close to, just under: at most, near
  | 'over' // more than, over, above, exceeding: open above
  | 'under' // less than, under, below, fewer than: open below
  | 'at-least' // at least, no less than, minimum
  | 'at-most' // up to, at most, no more than, maximum
  | 'between'; // between … and …, from … to …, 20-30

export type FigureKind = 'money' | 'percent' | 'count' | 'number' | 'range' | 'date' | 'duration';

/**
 * Why a figure is not a claim, when it is not. The claim layer ignores every
 * figure whose role is not 'claim'.
 */
export type FigureRole =
  | 'claim'
  | 'furniture' // "4 views", "10 min read", "16 Likes", "0/400", reply counters
  | 'list-label' // "Year 1:", "1.", "Step 2"
  | 'model-size' // "trillion-parameter"
  | 'timestamp'; // dates of comments, datelines: context, not claims

export interface UsdValue {
  value: number;
  low: number;
  high: number;
  /** US dollars per one unit of the source currency. */
  rate: number;
  /** Year of the annual-average rate used. */
  year: number;
}

export interface Figure extends Span {
  text: string;
  kind: FigureKind;
  /**
   * Point value. Money in its own currency's units, percent as 40 for 40%,
   * counts as the count, durations in `unit` (months, years …), dates as
   * milliseconds since the epoch (UTC) of the start of the period.
   */
  value: number;
  /** Interval bounds in the same units as value; ±Infinity when open. */
  low: number;
  high: number;
  /** ISO 4217 code for money, '%' or 'pp', the counted noun, a time unit, or 'date'. */
  unit: string;
  qualifier: Qualifier;
  /** For ranges: the kind of their ends (money, percent, count, number). */
  rangeOf?: Exclude<FigureKind, 'range'>;
  /** For money (and money ranges). */
  usd?: UsdValue;
  /** For dates: ISO 8601 bounds of the period, and whether it was resolved. */
  date?: { low: string; high: string; resolved: boolean; relative: boolean };
  role: FigureRole;
}

export type EntityType = 'organization' | 'place' | 'programme';

export interface EntityMention extends Span {
  text: string;
  /** Canonical id: "softbank", "preferred-networks", "japan". */
  id: string;
  /** Canonical display name: "SoftBank Group". */
  name: string;
  type: EntityType;
  /** How it was found: the built-in list, workspace config, an annotation, or evidence in the text. */
  source: 'builtin' | 'config' | 'annotation' | 'inferred';
}

export type Sentence = Span;

/** Everything the engine knows about one document on its own. */
export interface DocumentAnalysis {
  /** Sentence bounds, stored compactly (see text/sentences.ts). */
  sentences: SentenceList;
  figures: Figure[];
  entities: EntityMention[];
  claims: Claim[];
  /** The document's own date (dateline, "date" line, timestamp), ISO 8601, if it states one. */
  documentDate?: string;
}

/** A figure plus what it is about. */
export interface Claim {
  /** Index into DocumentAnalysis.figures. */
  figureIndex: number;
  figure: Figure;
  /** Canonical ids of the subject entities, sorted. */
  subjects: string[];
  /**
   * Where the subjects came from: named in the sentence, named in a recent
   * sentence the figure's sentence points back to ("the consortium"), only
   * places, or the document's most-mentioned organization. Only the first two
   * are firm enough to compare figures across documents.
   */
  basis: 'sentence' | 'anaphora' | 'place' | 'topic';
  /** funding, investment, headcount, price … */
  measure: string;
  /** public, private, total, annual … or '' when unscoped. */
  scope: string;
  /** Estimate, final, or '' — and the year the sentence pins the figure to, if any ("estimate@2024"). */
  frame: string;
  /** subjects + measure + scope + frame: the claim's full identity, for display and fingerprints. */
  key: string;
  /**
   * One key per subject ("softbank|funding|public|"): two claims are the same
   * claim when they share a match key, i.e. a subject, the measure, the scope
   * and the frame. Sources name the parties of a deal differently (one lists
   * the lead company, another the whole consortium), so sharing one subject is
   * enough; sharing none keeps them apart.
   */
  matchKeys: string[];
  /** Another money figure in the same sentence that restates this one in another currency. */
  conversion?: Figure;
  /** The sentence the figure stands in. */
  sentence: Span;
}

export type FindingCode = 'figure-conflict' | 'internal-conflict' | 'conversion-mismatch' | 'date-inconsistency';
export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedSpan extends Span {
  /** Document id (a path for the CLI, a URI for the server). */
  doc: string;
  text: string;
  message: string;
}

/** A change to an article's text. */
export interface TextEditFix {
  kind: 'edit';
  title: string;
  doc: string;
  start: number;
  end: number;
  newText: string;
  preferred?: boolean;
  /** Decision recorded with the edit, if any. */
  decision?: DecisionDraft;
}

/** A decision written to the annotation store; the article is not touched. */
export interface DecisionFix {
  kind: 'decision';
  title: string;
  decision: DecisionDraft;
  preferred?: boolean;
}

export type Fix = TextEditFix | DecisionFix;

export type DecisionKind = 'disputed' | 'different-claims' | 'accepted' | 'dismissed';

export interface DecisionDraft {
  decision: DecisionKind;
  /** The finding code and the fingerprint of what it was about. */
  code: FindingCode;
  fingerprint: string;
  /** The spans the decision is anchored to (the flagged figure first). */
  targets: Array<{ doc: string; start: number; end: number }>;
  note?: string;
}

export interface Finding extends Span {
  code: FindingCode;
  severity: Severity;
  doc: string;
  text: string;
  message: string;
  related: RelatedSpan[];
  fixes: Fix[];
  /**
   * Identifies what the finding is about (claim key and the figure texts on
   * both sides), so a decision silences exactly this finding and no other,
   * and a change of the text it was about brings it back.
   */
  fingerprint: string;
  /** The claim key, when the finding is about a claim. */
  claimKey?: string;
}
