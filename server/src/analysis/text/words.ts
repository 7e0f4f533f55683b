import { isAsciiLetter } from './chars';

/** Lower-case words of a stretch of text, with their offsets: the claim layer's view of a sentence. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Letters of words: ASCII and accented Latin (U+00C0–U+024F); hyphens and digits split words ("state-backed" -> state, backed). */
function isWordLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
}

/**
 * The words of text[start, end): runs of letters, with one inner apostrophe
 * followed by ASCII letters ("don't", "O’Neil"). A character scan: the
 * regular expression it replaced cost twice as much on claim sentences.
 */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const out: Word[] = [];
  // Lower-case the stretch once; the word texts are slices of it (same offsets: case mapping of
  // these letters keeps their length, and the scan runs on the original).
  const lower = text.slice(start, end).toLowerCase();
  const sameLength = lower.length === end - start;
  let i = start;
  while (i < end) {
    if (!isWordLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    while (i < end && isWordLetter(text.charCodeAt(i))) i++;
    const q = text.charCodeAt(i);
    if ((q === 39 || q === 0x2019) && i + 1 < end && isAsciiLetter(text.charCodeAt(i + 1))) {
      i += 2;
      while (i < end && isAsciiLetter(text.charCodeAt(i))) i++;
    }
    out.push({ text: sameLength ? lower.slice(s - start, i - start) : text.slice(s, i).toLowerCase(), start: s, end: i });
  }
  return out;
}
