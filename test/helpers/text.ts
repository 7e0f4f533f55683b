/** Positions and ranges in test texts, in LSP terms (zero-based lines, UTF-16 characters). */
import { LineIndex } from '../../server/src/analysis/text/lineIndex';

export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** The range of the nth occurrence of needle (0-based); throws when there is none. */
export function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} not in text`);
  }
  const idx = new LineIndex(text);
  return { start: idx.positionAt(at), end: idx.positionAt(at + needle.length) };
}

/** The text a range covers. */
export function textAt(text: string, range: Range): string {
  const idx = new LineIndex(text);
  return text.slice(idx.offsetAt(range.start), idx.offsetAt(range.end));
}

/** A position inside the nth occurrence of needle (one character in). */
export function inside(text: string, needle: string, nth = 0): { line: number; character: number } {
  const r = rangeOf(text, needle, nth);
  return { line: r.start.line, character: r.start.character + 1 };
}

/** Hover Markdown as a reader sees it: backslash escapes and the entities the server uses undone. */
export function plain(md: string): string {
  return md
    .replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, '$1')
    .replace(/&#58;/g, ':')
    .replace(/&#64;/g, '@')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&');
}
