/**
 * Claim keys ("softbank|funding|public|estimate"), one shared string per
 * distinct key: most claims repeat keys other sources gave, and a key built
 * and kept per claim was a rope of seven nodes (826k of them, ~25 MB, in a
 * heap snapshot of a 10,000-article corpus).
 *
 * One flat table: a tree of Maps by part (subject, measure, scope) avoided
 * building the key to look it up, but made ~120k small Maps, ~25 MB of that
 * same heap; the key built for a lookup is short-lived.
 */
const MAX_KEYS = 1 << 18;
let keys = new Map<string, string>();

export function claimKey(subject: string, measure: string, scope: string, frame: string): string {
  const built = `${subject}|${measure}|${scope}|${frame}`;
  const known = keys.get(built);
  if (known !== undefined) return known;
  // A workspace has far fewer distinct keys; past the cap, start afresh rather than grow without bound.
  if (keys.size >= MAX_KEYS) keys = new Map();
  keys.set(built, built);
  return built;
}
