/**
 * A regular-expression alternation of many words, factored as a trie
 * ("one|once|two" → "o(?:ne|nce)|two"): the regex engine then tests one
 * character class per position instead of every word in turn.
 */
import { escapeRegExp } from '../../text/escapeRegExp';

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

/** Words are matched as given (use the 'i' flag for case-insensitive matching of lower-case words). */
export function wordAlternation(words: Iterable<string>): string {
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const c of w) {
      let child = n.next.get(c);
      if (!child) n.next.set(c, (child = { end: false, next: new Map() }));
      n = child;
    }
    n.end = true;
  }
  return serialize(root);
}

function serialize(n: Node): string {
  const alts = [...n.next].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, child]) => escapeRegExp(c) + serialize(child));
  if (alts.length === 0) return '';
  const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
  if (!n.end) return body;
  // Greedy: the longer word is tried first, the shorter one is the fallback.
  return alts.length === 1 && alts[0].length === 1 ? `${body}?` : `(?:${body})?`;
}
