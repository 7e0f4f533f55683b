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
  WORD.lastIndex = start;
  for (let m = WORD.exec(text); m && m.index < end; m = WORD.exec(text)) {
    if (m.index + m[0].length > end) break;
    out.push({ text: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}
