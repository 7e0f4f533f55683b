import type { EntityMention, EntityType } from '../../model';
import type { WordFilter } from './wordFilter';
import type { WordTable } from './wordTable';

export type EntitySource = EntityMention['source'];

/** One known entity: its canonical id and display name, and every name it goes by. */
export interface EntityEntry {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /**
   * Single-word names that are also common words ("Gate", "Decrypt", "Target"):
   * matched only where the word cannot be an ordinary sentence-initial or
   * headline word (see matchKnown.ts).
   */
  ambiguous?: boolean;
  source: EntitySource;
}

/**
 * What the annotation layer adds on top of the built-in list and the config:
 * researcher tags (a text that names an entity, optionally with its id and
 * display name) and texts that are never an entity ("not an entity").
 */
export interface EntityExtras {
  tags?: Array<{ text: string; id?: string; name?: string; type: EntityType }>;
  notEntities?: string[];
}

/** What a lexicon key resolves to. */
export interface LexiconHit {
  entry: EntityEntry;
  /** True when this particular alias is ambiguous (inherited from the entry, single-word aliases only). */
  ambiguous: boolean;
}

/**
 * What the lexicon knows of a word: its word-class bits (wordClasses.ts), and
 * what it is as the first token of a key, if it is one.
 */
export interface TokenInfo {
  classes: number;
  first: FirstToken | undefined;
}

/** What the lexicon knows of a first token. */
export interface FirstToken {
  /** The largest number of tokens a key starting with it has. */
  maxTokens: number;
  /** The hit of the token as a key of its own, if it is one. */
  single: LexiconHit | undefined;
}

/**
 * Everything known about entity names before reading a text, built once per
 * configuration. Keys are names normalised by `nameKey` (tokens joined by one
 * space or their hyphen/ampersand, case kept).
 */
export interface EntityLexicon {
  readonly size: number;
  readonly byKey: ReadonlyMap<string, LexiconHit>;
  /** First token of any key -> the largest number of tokens a key starting with it has. */
  readonly firstTokens: ReadonlyMap<string, number>;
  /**
   * The words of firstTokens and of the word classes, looked up with a token
   * in place (never sliced): one lookup tells the matcher both.
   */
  readonly tokenTable: WordTable<TokenInfo>;
  /** Pre-check of the other tokens of multi-token keys: a name stops growing at a token that fails it. */
  readonly innerTokenFilter: WordFilter;
  /** Exact texts that are never entities. */
  readonly notEntities: ReadonlySet<string>;
  /** Known entries by id: an inferred name whose id is taken means that entry. */
  readonly entries: ReadonlyMap<string, EntityEntry>;
}
