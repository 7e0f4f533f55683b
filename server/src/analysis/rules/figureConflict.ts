/**
 * figure-conflict: two sources give the same claim (a shared subject, the same
 * measure, scope and frame) figures whose intervals are further apart than
 * the tolerance allows.
 */
import type { Claim, Finding, RelatedSpan } from '../model';
import type { Rule, RuleInput } from './rule';
import { compareClaims, type Comparison } from '../claims/compare';
import { describeClaim, describeFigure, docLabel, formatPercent, severityOf } from './describe';
import { conflictFinding, fingerprintOf } from './fixes';
import { entityNamer } from './names';

/**
 * Subjects firm enough to compare across documents: named in the sentence or
 * pointed back to. A place alone ("Japan") or a document's topic would tie
 * together figures of unrelated programmes.
 */
const FIRM = new Set<Claim['basis']>(['sentence', 'anaphora']);

/** Related spans listed per finding; the message counts the rest. */
const MAX_RELATED = 20;

interface Other {
  doc: string;
  claim: Claim;
  cmp: Comparison;
}

export const figureConflict: Rule = {
  id: 'figure-conflict',
  description: 'Two sources give the same claim figures that disagree beyond the tolerance.',
  scope: 'corpus',
  defaultSeverity: 'warning',
  reads: 'claims',
  settings: ['tolerance', 'conversionTolerance'],
  check(input: RuleInput): Finding[] {
    const severity = severityOf(figureConflict, input.ctx.config);
    if (!severity) return [];
    const { tolerance, conversionTolerance } = input.ctx.config;
    const nameOf = entityNamer(input);
    const findings: Finding[] = [];
    for (const claim of input.analysis.claims) {
      if (!FIRM.has(claim.basis)) continue;
      const others = otherSources(input, claim, tolerance, conversionTolerance);
      if (others.length === 0) continue;
      const conflicting = others.filter((o) => o.cmp.conflict);
      if (conflicting.length === 0) continue;
      conflicting.sort((a, b) => a.cmp.gap - b.cmp.gap);
      const agreeing = others.filter((o) => !o.cmp.conflict);
      const nearest = conflicting[0];
      const f = claim.figure;
      const more = conflicting.length > 1 ? ` and ${conflicting.length - 1} other source${conflicting.length > 2 ? 's' : ''}` : '';
      const support = agreeing.length > 0 ? ` ${agreeing.length} other source${agreeing.length > 1 ? 's' : ''} agree${agreeing.length > 1 ? '' : 's'} with this figure.` : '';
      const message =
        `${describeFigure(f)} conflicts with ${describeFigure(nearest.claim.figure)} in ${docLabel(nearest.doc)}${more}: ` +
        `${formatPercent(nearest.cmp.gap)} apart, beyond the ${formatPercent(nearest.cmp.tolerance)} tolerance. ` +
        `Claim: ${describeClaim(claim, nameOf)}.${support}`;
      // The same on both sides of the conflict (shared match keys, every figure text), so that one
      // decision about the pair settles the warning in each source.
      const shared = [...new Set(conflicting.flatMap((o) => o.claim.matchKeys.filter((k) => claim.matchKeys.includes(k))))].sort();
      const fingerprint = fingerprintOf('figure-conflict', shared.join('+'), '', [f.text, ...conflicting.map((o) => o.claim.figure.text)]);
      const related = [...conflicting, ...agreeing].slice(0, MAX_RELATED).map(relatedSpan);
      const counterparts = conflicting.map((o) => ({ doc: o.doc, figure: o.claim.figure }));
      findings.push(conflictFinding('figure-conflict', severity, input.doc, claim, message, related, counterparts, fingerprint));
    }
    return findings;
  },
};

/** Every claim in another document that shares a match key with this one, compared with it. */
function otherSources(input: RuleInput, claim: Claim, tolerance: number, conversionTolerance: number): Other[] {
  const out: Other[] = [];
  // A claim under two shared keys (two shared subjects) is compared once.
  const seen = claim.matchKeys.length > 1 ? new Set<Claim>() : undefined;
  for (const key of claim.matchKeys) {
    if (!input.corpus.compares(key)) continue;
    input.corpus.forEachClaimHolder(key, (claims, doc) => {
      if (doc === input.doc) return;
      for (const other of claims) {
        if (!FIRM.has(other.basis)) continue;
        if (seen) {
          if (seen.has(other)) continue;
          seen.add(other);
        }
        const cmp = compareClaims(claim, other, tolerance, conversionTolerance);
        if (cmp) out.push({ doc, claim: other, cmp });
      }
    });
  }
  return out;
}

function relatedSpan(o: Other): RelatedSpan {
  const verdict = o.cmp.conflict ? `conflicts (${formatPercent(o.cmp.gap)} apart)` : 'agrees';
  return {
    doc: o.doc,
    start: o.claim.figure.start,
    end: o.claim.figure.end,
    text: o.claim.figure.text,
    message: `${docLabel(o.doc)}: ${describeFigure(o.claim.figure)} ${verdict}`,
  };
}
