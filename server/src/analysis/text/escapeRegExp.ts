/** Text to match literally in a regular expression (any flags, `u` included: only syntax characters are escaped). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
