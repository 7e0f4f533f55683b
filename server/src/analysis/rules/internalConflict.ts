/**
 * internal-conflict: a document contradicts itself — a figure disagrees with
 * the same document's own figures for the same claim (a comment's "30 trillion
 * yen" under an article's "3 trillion yen"). Within one document an unscoped
 * figure may stand for a scoped one, and subjects need only overlap. A figure
 * that more of the document's figures agree with than with anything it
 * contradicts is not the outlier and is not reported; on a tie both are.
 */
import type { Claim, Finding } from '../model';
import type { Rule, RuleInput } from './rule';
import { compareClaims, type Comparison } from '../claims/compare';
import { describeClaim, describeFigure, formatPercent, severityOf } from './describe';
import { conflictFinding, fingerprintOf } from './fixes';
import { entityNamer } from './names';
import { LineIndex } from '../text/lineIndex';

/** Claims of one measure in one document beyond which pairs are not compared (quadratic guard). */
const MAX_GROUP = 200;

export const internalConflict: Rule = {
  id: 'internal-conflict',
  description: "A figure contradicts the same document's own figure for the same claim.",
  scope: 'document',
  defaultSeverity: 'warning',
  reads: 'claims',
  settings: ['tolerance', 'conversionTolerance'],
  check(input: RuleInput): Finding[] {
    const severity = severityOf(internalConflict, input.ctx.config);
    if (!severity) return [];
    const { tolerance, conversionTolerance } = input.ctx.config;
    const byMeasure = new Map<string, Claim[]>();
    for (const c of input.analysis.claims) {
      const list = byMeasure.get(c.measure) ?? [];
      list.push(c);
      byMeasure.set(c.measure, list);
    }
    const nameOf = entityNamer(input);
    let lines: LineIndex | undefined;
    const findings: Finding[] = [];
    for (const group of byMeasure.values()) {
      if (group.length < 2 || group.length > MAX_GROUP) continue;
      // Support of a figure: itself plus the figures of the document that agree with it.
      const compared = group.map((claim) => {
        const conflicting: Array<{ claim: Claim; cmp: Comparison }> = [];
        let support = 1;
        for (const other of group) {
          if (other === claim || !sameClaimWithin(claim, other)) continue;
          const cmp = compareClaims(claim, other, tolerance, conversionTolerance);
          if (!cmp) continue;
          if (cmp.conflict) conflicting.push({ claim: other, cmp });
          else support++;
        }
        return { claim, conflicting, support };
      });
      const supportOf = new Map(compared.map((c) => [c.claim, c.support]));
      for (const { claim, conflicting, support } of compared) {
        // A figure better supported than everything it contradicts is not the outlier.
        if (conflicting.length === 0 || conflicting.every((o) => supportOf.get(o.claim)! < support)) continue;
        conflicting.sort((a, b) => a.cmp.gap - b.cmp.gap);
        const nearest = conflicting[0];
        lines ??= new LineIndex(input.text);
        const line = lines.positionAt(nearest.claim.figure.start).line + 1;
        const f = claim.figure;
        const message =
          `${describeFigure(f)} contradicts ${describeFigure(nearest.claim.figure)} on line ${line} of the same document: ` +
          `${formatPercent(nearest.cmp.gap)} apart, beyond the ${formatPercent(nearest.cmp.tolerance)} tolerance. ` +
          `Claim: ${describeClaim(claim, nameOf)}.`;
        const fingerprint = fingerprintOf('internal-conflict', claim.key, f.text, conflicting.map((o) => o.claim.figure.text));
        const related = conflicting.map((o) => ({
          doc: input.doc,
          start: o.claim.figure.start,
          end: o.claim.figure.end,
          text: o.claim.figure.text,
          message: `${describeFigure(o.claim.figure)}, ${formatPercent(o.cmp.gap)} apart`,
        }));
        const counterparts = conflicting.map((o) => ({ doc: input.doc, figure: o.claim.figure }));
        findings.push(conflictFinding('internal-conflict', severity, input.doc, claim, message, related, counterparts, fingerprint));
      }
    }
    return findings;
  },
};

/** Same measure (grouped), overlapping subjects, compatible scope, same frame, different sentences. */
function sameClaimWithin(a: Claim, b: Claim): boolean {
  if (a.sentence.start === b.sentence.start) return false;
  if (a.frame !== b.frame) return false;
  if (a.scope !== b.scope && a.scope !== '' && b.scope !== '') return false;
  return a.subjects.some((s) => b.subjects.includes(s));
}
