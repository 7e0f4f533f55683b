/**
 * conversion-mismatch: an amount and its stated conversion into another
 * currency ("3 trillion yen (about 30 billion USD)") disagree with the
 * exchange-rate table beyond the conversion tolerance.
 */
import type { Finding } from '../model';
import type { Rule, RuleInput } from './rule';
import { comparableInterval, relativeGap } from '../claims/compare';
import { findConversions } from '../claims/conversions';
import { describeFigure, formatNumber, formatPercent, severityOf } from './describe';
import { fingerprintOf } from './fixes';

export const conversionMismatch: Rule = {
  id: 'conversion-mismatch',
  description: 'An amount and its stated conversion into another currency disagree with the exchange rates.',
  scope: 'document',
  defaultSeverity: 'warning',
  reads: 'figures',
  settings: ['conversionTolerance'],
  check(input: RuleInput): Finding[] {
    const severity = severityOf(conversionMismatch, input.ctx.config);
    if (!severity) return [];
    const tolerance = input.ctx.config.conversionTolerance;
    const figures = input.analysis.figures;
    const findings: Finding[] = [];
    for (const [bi, ai] of findConversions(input.text, figures)) {
      const a = figures[ai];
      const b = figures[bi];
      if (a.role !== 'claim' || b.role !== 'claim' || !a.usd || !b.usd) continue;
      const ia = comparableInterval(a);
      const ib = comparableInterval(b);
      if (!ia || !ib) continue;
      const gap = relativeGap(ia, ib);
      if (gap <= tolerance) continue;
      const source = a.unit === 'USD' ? b : a;
      const rate = source.usd!;
      const expected = b.unit === 'USD' ? `US$${formatNumber(a.usd.value)}` : `${formatNumber(a.usd.value / (b.usd.value / b.value))} ${b.unit}`;
      const message =
        `${describeFigure(b)} does not match ${describeFigure(a)}: at the ${rate.year} average rate ` +
        `(1 ${source.unit} = US$${rate.rate.toPrecision(3)}), ${a.text} is about ${expected}; ` +
        `${formatPercent(gap)} apart, beyond the ${formatPercent(tolerance)} conversion tolerance.`;
      const fingerprint = fingerprintOf('conversion-mismatch', `${a.unit}>${b.unit}`, b.text, [a.text]);
      findings.push({
        code: 'conversion-mismatch',
        severity,
        doc: input.doc,
        start: b.start,
        end: b.end,
        text: b.text,
        message,
        related: [{ doc: input.doc, start: a.start, end: a.end, text: a.text, message: `the amount converted: ${describeFigure(a)}` }],
        fixes: [
          { kind: 'decision', title: 'Mark as disputed…', preferred: true, decision: { decision: 'disputed', code: 'conversion-mismatch', fingerprint, targets: [{ doc: input.doc, start: b.start, end: b.end }] } },
          { kind: 'decision', title: 'Dismiss this finding', decision: { decision: 'dismissed', code: 'conversion-mismatch', fingerprint, targets: [{ doc: input.doc, start: b.start, end: b.end }] } },
        ],
        fingerprint,
      });
    }
    return findings;
  },
};
