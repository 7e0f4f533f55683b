/** Lower-case words of a stretch of text, with their offsets: the claim layer's view of a sentence. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// Letters (ASCII and accented Latin) and inner apostrophes; hyphens split words ("state-backed" -> state, backed).
const WORD = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)?/g;

export function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  // Lower-case the stretch once; the word texts are slices of it (same offsets: case mapping of
  // these letters keeps their length, and the match runs on the original).
  const lower = text.slice(start, end).toLowerCase();
  const sameLength = lower.length === end - start;
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    const e = m.index + m[0].length;
    if (e > end) break;
    out.push({ text: sameLength ? lower.slice(m.index - start, e - start) : m[0].toLowerCase(), start: m.index, end: e });
  }
  return out;
}
