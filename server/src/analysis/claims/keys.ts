/**
 * Claim keys ("softbank|funding|public|estimate"), one shared string per
 * distinct key: most claims repeat keys other sources gave, and a key built
 * and kept per claim was a rope of seven nodes (826k of them, ~25 MB, in a
 * heap snapshot of a 10,000-article corpus).
 *
 * Looked up part by part (short strings whose hashes V8 caches), so a known
 * key is neither built nor hashed again: building it for a flat table's
 * lookup cost 4% of the analysis. The subject comes last: measures, scopes
 * and frames are few, so the tables are a few hundred, where ordered subject
 * first they were ~120k small Maps (~17 MB on that corpus).
 */
type Subjects = Map<string, string>;
type Frames = Map<string, Subjects>;
type Scopes = Map<string, Frames>;

const MAX_KEYS = 1 << 18;
let measures = new Map<string, Scopes>();
let count = 0;

export function claimKey(subject: string, measure: string, scope: string, frame: string): string {
  let scopes = measures.get(measure);
  if (!scopes) measures.set(measure, (scopes = new Map()));
  let frames = scopes.get(scope);
  if (!frames) scopes.set(scope, (frames = new Map()));
  let subjects = frames.get(frame);
  if (!subjects) frames.set(frame, (subjects = new Map()));
  let key = subjects.get(subject);
  if (key === undefined) {
    // A workspace has far fewer distinct keys; past the cap, start afresh rather than grow without bound.
    if (++count > MAX_KEYS) {
      measures = new Map();
      count = 0;
    }
    // Joined, not a template literal: a template's result is a rope of seven nodes, which the check's corpus
    // kept as such (~23 of its ~165 objects per document); join makes one flat string.
    key = [subject, measure, scope, frame].join('|');
    subjects.set(subject, key);
  }
  return key;
}
