/** Every number in a text, digits or words, in order: the layer figures are built on. */
import { NUMBER_TRIGGER_WORDS, ORDINAL_DENOMINATORS } from './numberWords';
import { isDigit, isLetter, parseNumberAt, type NumberToken } from './numbers';
import { wordAlternation } from './wordPattern';

const words = [...new Set([...NUMBER_TRIGGER_WORDS, ...ORDINAL_DENOMINATORS.keys(), 'tens'])].sort((a, b) => b.length - a.length);
/** Where a number can start: a digit, ".5", or a number word. */
export const NUMBER_TRIGGER = new RegExp(`\\d|\\.\\d|\\b(?:${wordAlternation(words)})\\b`, 'gi');

/** Whether a digit at pos continues a token (letters or digits right before it: "Web3", "A4"). */
export function gluedBefore(text: string, pos: number): boolean {
  if (pos === 0) return false;
  const p = text.charCodeAt(pos - 1);
  return isLetter(p) || isDigit(p) || p === 95;
}

export function scanNumbers(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  const re = new RegExp(NUMBER_TRIGGER.source, 'gi');
  let m: RegExpExecArray | null;
  let floor = 0;
  while ((m = re.exec(text))) {
    const pos = m.index;
    if (isDigit(text.charCodeAt(pos)) && gluedBefore(text, pos)) {
      // Skip the rest of the glued run.
      let k = pos;
      while (k < text.length && (isDigit(text.charCodeAt(k)) || isLetter(text.charCodeAt(k)))) k++;
      re.lastIndex = k;
      continue;
    }
    const tok = parseNumberAt(text, pos);
    if (!tok || tok.start < floor) {
      if (!tok && isDigit(text.charCodeAt(pos))) {
        let k = pos;
        while (k < text.length && (isDigit(text.charCodeAt(k)) || isLetter(text.charCodeAt(k)) || text.charCodeAt(k) === 46)) k++;
        re.lastIndex = k;
      }
      continue;
    }
    out.push(tok);
    floor = tok.end;
    re.lastIndex = tok.end;
  }
  return out;
}
