/**
 * Lexicon keys: a name as a sequence of tokens joined by what separated them
 * (one space, a hyphen, " & ", ", ", a possessive 's, an abbreviation's dot), case kept, so that "Indo-Pacific",
 * "AT&T" and "SoftBank  Group" (two spaces) are looked up the same way in a
 * text as in the list.
 */
import { tokenize, tokenText, GAP_SPACE, GAP_HYPHEN, GAP_AMP, GAP_COMMA, GAP_POSSESSIVE, GAP_ABBREVIATION, type TokenStream } from './tokens';

const JOINERS = ['', ' ', '-', ' & ', ', ', "'s ", '. '];

/** Whether the gap after token i can sit inside a name. */
export function joinable(gap: number): boolean {
  return gap === GAP_SPACE || gap === GAP_HYPHEN || gap === GAP_AMP || gap === GAP_COMMA || gap === GAP_POSSESSIVE || gap === GAP_ABBREVIATION;
}

/** The key of tokens [from, to] (inclusive) of a stream; the caller checks the gaps are joinable. */
export function keyOf(ts: TokenStream, from: number, to: number): string {
  if (from === to) return tokenText(ts, from);
  // Most names are written as their key ("Acme Robotics", "Indo-Pacific"): one slice, no concatenation.
  if (writtenAsKey(ts, from, to)) return ts.text.slice(ts.starts[from], ts.ends[to]);
  let key = tokenText(ts, from);
  for (let i = from; i < to; i++) key += JOINERS[ts.gaps[i]] + tokenText(ts, i + 1);
  return key;
}

/** Whether every gap in tokens [from, to] is a single space or a single hyphen, as the key joins them. */
function writtenAsKey(ts: TokenStream, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const gap = ts.gaps[i];
    if (ts.starts[i + 1] - ts.ends[i] !== 1) return false;
    if (gap === GAP_SPACE ? ts.text.charCodeAt(ts.ends[i]) !== 32 : gap !== GAP_HYPHEN) return false;
  }
  return true;
}

/** Trailing words that may follow a known name without changing what it names. */
export const TRAILING_ABBREVIATIONS: ReadonlySet<string> = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Ltda', 'Bhd', 'Plc', 'plc', 'LLC', 'LLP', 'AG', 'SA', 'NV', 'SE', 'GmbH', 'KK']);

/** Lexicon key of a name, its token count and first token; undefined when the name has no tokens or breaks inside. */
export function nameKey(name: string): { key: string; tokens: number; first: string; rest: string[] } | undefined {
  const ts = tokenize(name.trim());
  let count = ts.count;
  if (count === 0) return undefined;
  // "Preferred Networks Inc." is keyed as "Preferred Networks": the matcher extends over legal suffixes itself.
  if (count > 1 && TRAILING_ABBREVIATIONS.has(ts.text.slice(ts.starts[count - 1], ts.ends[count - 1])) && joinable(ts.gaps[count - 2])) count--;
  for (let i = 0; i < count - 1; i++) if (!joinable(ts.gaps[i])) return undefined;
  const rest: string[] = [];
  for (let i = 1; i < count; i++) rest.push(ts.text.slice(ts.starts[i], ts.ends[i]));
  return { key: keyOf(ts, 0, count - 1), tokens: count, first: ts.text.slice(ts.starts[0], ts.ends[0]), rest };
}

/**
 * What to search a text for to learn whether it may name `name` as the
 * lexicon keys it: the name as written, its key ("Kestrel Robotics" for
 * "Kestrel Robotics Inc.": the matcher extends over the suffix itself), and
 * both without a leading "The" (the lexicon keys that form too). A text that
 * contains none of them, in any case, cannot match it.
 */
export function searchForms(name: string): string[] {
  const key = nameKey(name)?.key;
  const forms = new Set<string>();
  for (const form of key === undefined ? [name] : [name, key]) {
    forms.add(form);
    forms.add(form.replace(/^the\s+/i, ''));
  }
  return [...forms].filter((f) => f.length > 0);
}

/** Canonical id derived from a name: lower case, ASCII letters and digits, dashes. */
export function slugify(name: string): string {
  const ascii = /^[\x00-\x7f]*$/.test(name);
  return (ascii ? name : name.normalize('NFKD'))
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
