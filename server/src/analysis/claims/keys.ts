/**
 * Claim keys ("softbank|funding|public|estimate"), one shared string per
 * distinct key. Looked up part by part (the parts are short strings whose
 * hashes V8 caches), so a key that exists already is neither concatenated nor
 * hashed again: most claims repeat keys other sources gave. (Built by
 * concatenation and kept per claim, keys were 826k rope nodes, ~25 MB, in a
 * heap snapshot of a 10,000-article corpus.)
 */
type Frames = Map<string, string>;
type Scopes = Map<string, Frames>;
type Measures = Map<string, Scopes>;

const MAX_KEYS = 1 << 18;
let subjects = new Map<string, Measures>();
let count = 0;

export function claimKey(subject: string, measure: string, scope: string, frame: string): string {
  let measures = subjects.get(subject);
  if (!measures) subjects.set(subject, (measures = new Map()));
  let scopes = measures.get(measure);
  if (!scopes) measures.set(measure, (scopes = new Map()));
  let frames = scopes.get(scope);
  if (!frames) scopes.set(scope, (frames = new Map()));
  let key = frames.get(frame);
  if (key === undefined) {
    // A workspace has far fewer distinct keys; past the cap, start afresh rather than grow without bound.
    if (++count > MAX_KEYS) {
      subjects = new Map();
      count = 0;
    }
    key = `${subject}|${measure}|${scope}|${frame}`;
    frames.set(frame, key);
  }
  return key;
}
