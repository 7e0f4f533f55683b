/**
 * Name runs: maximal sequences of capitalized tokens joined by spaces,
 * hyphens or ampersands, allowing "of"/"for"/"de"… between them ("Bank of
 * Korea", "Ministry of the Interior"). The inference rules look at runs.
 */
import * as tokens from './tokens';
import type { TokenStream } from './tokens';
import { CONNECTOR, isClass } from './wordClasses';

// Local copies: these run once per token, and under tsx (tests, bench) an imported binding costs a getter call.
const { NAME_TOKEN, LOWER_START, GAP_SPACE, GAP_HYPHEN, GAP_AMP, tokenIs } = tokens;

/** No name is longer than this many tokens; capping runs keeps hostile text ("Bank Bank Bank …") linear. */
export const MAX_RUN_TOKENS = 12;

export interface Run {
  first: number;
  last: number;
}

/** Whether token i can be part of a name: capitalized, an acronym, or camel-cased ("xAI", "eBay"). */
export function isNameToken(flags: Uint8Array, i: number): boolean {
  return (flags[i] & NAME_TOKEN) !== 0;
}

function linksNames(gap: number): boolean {
  return gap === GAP_SPACE || gap === GAP_HYPHEN || gap === GAP_AMP;
}

export function findRuns(ts: TokenStream): Run[] {
  const runs: Run[] = [];
  const { flags, gaps, count, names, nameCount } = ts;
  // Runs start at name tokens only; `after` is the last token of the previous run.
  let after = -1;
  for (let p = 0; p < nameCount; p++) {
    const i = names[p];
    if (i <= after) continue;
    let last = i;
    while (last - i < MAX_RUN_TOKENS - 1) {
      if (last + 1 < count && linksNames(gaps[last]) && isNameToken(flags, last + 1)) {
        last++;
        continue;
      }
      // "of", "for", "of the" between two capitalized words (every connector has at most three letters).
      let k = last + 1;
      let connectors = 0;
      while (k < count && connectors < 2 && gaps[k - 1] === GAP_SPACE && flags[k] & LOWER_START && ts.ends[k] - ts.starts[k] <= 3 && isClass(ts, k, CONNECTOR)) {
        if (connectors === 0 && tokenIs(ts, k, 'the')) break; // "the" only after another connector
        k++;
        connectors++;
      }
      if (connectors > 0 && k < count && gaps[k - 1] === GAP_SPACE && isNameToken(flags, k)) {
        last = k;
        continue;
      }
      break;
    }
    runs.push({ first: i, last });
    after = last;
  }
  return runs;
}
