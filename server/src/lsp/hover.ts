/**
 * Hovers: on an entity, the other sources that mention it (with the sentence
 * and a link to it); on a figure, its normalised value, the claim it supports
 * and how the other sources' figures for that claim compare.
 */
import { MarkupKind, type Hover, type HoverParams } from 'vscode-languageserver';
import type { DocumentAnalysis, EntityMention, Figure } from '../analysis/model';
import { type ClaimPeer, claimOfFigure, claimPeers, entityOverview, findingsOn, sentenceAt, targetAt } from '../analysis/corpus/queries';
import type { ServerServices } from './services';
import { escapeMarkdown, fileLink, truncate } from './markdown';
import { formatPercent, normalisedValue, rateNote } from './format';
import { docLabel } from '../analysis/rules/describe';
import { claimLabel } from './labels';
import { guard } from './guard';
import { normalizeUri } from './uris';

/** Other sources listed in a hover before "and N more". */
const MAX_LISTED = 12;
const SENTENCE_CHARS = 220;

const ROLE_NOTE: Record<Figure['role'], string> = {
  claim: '',
  furniture: 'page furniture (views, read time, likes), not a claim',
  'list-label': 'a list label, not a claim',
  'model-size': 'a model size, not an amount of money',
  timestamp: 'a timestamp, context rather than a claim',
};

export function registerHover(services: ServerServices): void {
  services.connection.onHover(guard(services.log, 'hover', null, (params: HoverParams) => hover(services, params)));
}

export function hover(services: ServerServices, params: HoverParams): Hover | null {
  const uri = normalizeUri(params.textDocument.uri);
  const analysis = services.corpus.fullAnalysis(uri);
  const lines = services.lines(uri);
  if (!analysis || !lines) return null;
  const offset = lines.offsetAt(params.position);
  const target = targetAt(analysis, offset);
  const entity = target?.entity;
  const figure = target?.figure ? { figure: target.figure, index: target.index } : undefined;
  let value: string | undefined;
  let span: { start: number; end: number } | undefined;
  if (entity) {
    value = entityHover(services, uri, entity);
    span = entity;
  } else if (figure) {
    value = figureHover(services, uri, analysis, figure.figure, figure.index);
    span = figure.figure;
  }
  if (!value || !span) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value },
    range: { start: lines.positionAt(span.start), end: lines.positionAt(span.end) },
  };
}

function entityHover(services: ServerServices, uri: string, entity: EntityMention): string | undefined {
  const overview = entityOverview(services.corpus, entity.id, uri, MAX_LISTED);
  if (!overview) return undefined;
  const out = [
    `**${escapeMarkdown(overview.name)}** · ${overview.type}`,
    '',
    `Named in ${plural(overview.sources, 'source')}, ${plural(overview.mentions, 'mention')}.`,
  ];
  for (const line of services.annotations?.hoverLines(uri, entity.start) ?? []) out.push('', line);
  if (overview.otherCount === 0) out.push('', 'No other source mentions it.');
  else {
    out.push('', 'Other sources:', '');
    for (const s of overview.others) {
      const analysis = services.corpus.analysis(s.doc);
      const sentence = (analysis && sentenceAt(analysis, s.mention.start)) ?? s.mention;
      out.push(`- ${sourceLine(services, s.doc, s.mention.start, sentence)}`);
    }
    if (overview.otherCount > overview.others.length) out.push(`- … and ${overview.otherCount - overview.others.length} more`);
  }
  return out.join('\n');
}

/** "[file.txt](file:///…#L5): the sentence" */
function sourceLine(services: ServerServices, doc: string, at: number, sentence: { start: number; end: number }): string {
  const lines = services.lines(doc);
  const text = services.corpus.text(doc) ?? '';
  const position = lines ? lines.positionAt(at) : { line: 0, character: 0 };
  const quote = truncate(text.slice(sentence.start, sentence.end), SENTENCE_CHARS);
  return `${fileLink(docLabel(doc), doc, position)} (line ${position.line + 1}): ${escapeMarkdown(quote)}`;
}

function figureHover(services: ServerServices, uri: string, analysis: DocumentAnalysis, figure: Figure, index: number): string {
  const out = [`**${escapeMarkdown(figure.text)}** · ${figure.kind} ${escapeMarkdown(normalisedValue(figure))}`];
  const rate = rateNote(figure);
  if (rate) out.push('', escapeMarkdown(rate));
  if (figure.role !== 'claim') {
    out.push('', `Ignored: ${ROLE_NOTE[figure.role]}.`);
    return out.join('\n');
  }
  const claim = claimOfFigure(analysis, index);
  if (claim) out.push('', `Claim: ${escapeMarkdown(claimLabel(services.corpus, claim, uri))}`);
  const findings = findingsOn(services.corpus.findings(uri), figure);
  for (const f of findings) out.push('', `⚠ ${escapeMarkdown(f.message)}`);
  // The researcher's notes and decisions here (Markdown the annotation module escaped).
  for (const line of services.annotations?.hoverLines(uri, figure.start) ?? []) out.push('', line);
  if (!claim) return out.join('\n');
  const config = services.corpus.context.config;
  const peers = claimPeers(services.corpus, uri, claim, config);
  if (peers.length === 0) {
    // A finding may compare figures of looser claims than the same match key; its message says which.
    if (findings.length === 0) out.push('', 'No other figure is given for this claim, here or in another source.');
    return out.join('\n');
  }
  const list = (title: string, items: typeof peers) => {
    if (items.length === 0) return;
    out.push('', `${title} (${items.length}):`, '');
    for (const p of items.slice(0, MAX_LISTED)) {
      // The gap between the intervals: 0 when they overlap; an agreeing pair may still be apart within the tolerance.
      const gap = p.gap ? ` — ${formatPercent(p.gap)} apart${p.relation === 'agree' ? ', within the tolerance' : ''}` : '';
      const by = p.doc === uri ? ` — ${RELATION[p.relation]}${gap.replace(' — ', ', ')}` : gap;
      const fig = p.claim.figure;
      out.push(`- **${escapeMarkdown(fig.text)}** ${escapeMarkdown(normalisedValue(fig))}${by} in ${sourceLine(services, p.doc, fig.start, p.claim.sentence)}`);
    }
    if (items.length > MAX_LISTED) out.push(`- … and ${items.length - MAX_LISTED} more`);
  };
  const tolerance = formatPercent(Math.max(config.tolerance, ...peers.map((p) => p.tolerance ?? 0)));
  const here = peers.filter((p) => p.doc === uri);
  const others = peers.filter((p) => p.doc !== uri);
  list('Other sources agree', others.filter((p) => p.relation === 'agree'));
  list(`Other sources disagree, beyond the ${tolerance} tolerance`, others.filter((p) => p.relation === 'disagree'));
  list('Other sources, not comparable', others.filter((p) => p.relation === 'incomparable'));
  list('Elsewhere in this article', here);
  if (others.length === 0 && findings.length === 0) out.push('', 'No other source gives a figure for this claim.');
  return out.join('\n');
}

const RELATION: Record<ClaimPeer['relation'], string> = { agree: 'agrees', disagree: 'disagrees', incomparable: 'not comparable' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
