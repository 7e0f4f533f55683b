/**
 * The name a tag or a "not an entity" annotation is about, from the text the
 * researcher selected: a selection easily takes the punctuation around a name
 * ("Hoshino." at the end of a sentence, "“Hoshino”", "(Hoshino),"), which is
 * no part of it and would become its display name.
 */

/** Abbreviations whose final dot is part of a name ("Acme Inc.", "Warner Bros."). */
const ABBREVIATIONS = new Set(['inc', 'corp', 'co', 'cos', 'ltd', 'bros', 'jr', 'sr', 'st', 'plc', 'llc', 'ag', 'sa', 'nv', 'bv', 'kk', 'gmbh']);

/** Quotes, brackets and dashes around a name. */
const AROUND = /^[\s"'“”‘’«»()[\]{}<>–—-]+|[\s"'“”‘’«»()[\]{}<>–—-]+$/g;
/** Punctuation after a name that ends its clause. */
const CLAUSE_END = /[,;:!?…]+$/;

export function quotedName(exact: string): string {
  let name = exact.replace(/\s+/g, ' ');
  // Clause punctuation and what encloses the name may nest ("(Hoshino),"): trimmed until nothing changes.
  for (let before = ''; before !== name; ) {
    before = name;
    name = name.replace(AROUND, '').replace(CLAUSE_END, '');
    if (name.endsWith('.') && !keepsFinalDot(name)) name = name.slice(0, -1);
  }
  return name;
}

/** "U.S.", "Acme Inc.": the final dot of an initial or a listed abbreviation belongs to the name. */
function keepsFinalDot(name: string): boolean {
  const last = /([\p{L}\p{N}]+)\.$/u.exec(name)?.[1];
  if (!last) return false;
  if (last.length === 1 && /[.\s]\p{L}\.$|^\p{L}\.$/u.test(name)) return /\p{Lu}/u.test(last);
  return ABBREVIATIONS.has(last.toLowerCase());
}
