/**
 * The `ignore` setting: regular expressions of text not to analyse (a
 * disclaimer, a "Related articles" list, an advertisement). What they match
 * is blanked before analysis, each character turned into a space but line
 * breaks, so every offset and line of the text stays where it was.
 */

/** The patterns compiled, `m` so that `^` and `$` match at every line; none when there are none. */
export function compileIgnored(patterns: readonly string[]): RegExp[] | undefined {
  const out: RegExp[] = [];
  for (const p of patterns) {
    try {
      out.push(new RegExp(p, 'gm'));
    } catch {
      // The configuration reported it (config.ts validates every pattern); it ignores nothing.
    }
  }
  return out.length > 0 ? out : undefined;
}

export function blankIgnored(text: string, patterns: readonly RegExp[]): string {
  let out = text;
  for (const re of patterns) out = out.replace(re, (match) => match.replace(/[^\r\n]/g, ' '));
  return out;
}
