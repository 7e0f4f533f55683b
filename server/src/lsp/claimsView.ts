/**
 * Requests behind the client's Claims view: groups (one per subject entity),
 * then a group's claims (one per match key: the entity, measure, scope and
 * frame) with each source's figure and whether the sources agree, conflict
 * (an open finding), were resolved (a researcher's decision settled the
 * finding) or differ without a finding (the rules judged them compatible).
 */
import type { Claim } from '../analysis/model';
import { claimPeers, conflictedMatchKeys, entityName, findingIsOn, matchKeysBySubject } from '../analysis/corpus/queries';
import type { ServerServices } from './services';
import { ClaimGroupsRequest, ClaimsRequest, type ClaimFigureItem, type ClaimGroup, type ClaimItem, type ClaimsParams, type ClaimStatus } from './protocol';
import { claimLabel } from './labels';
import { normalisedValue } from './format';
import { guard } from './guard';

export function registerClaimsView(services: ServerServices): void {
  services.connection.onRequest(ClaimGroupsRequest, guard(services.log, ClaimGroupsRequest, [] as ClaimGroup[], () => claimGroups(services)));
  services.connection.onRequest(ClaimsRequest, guard(services.log, ClaimsRequest, [] as ClaimItem[], (p: ClaimsParams) => claimsOf(services, p?.entity ?? '')));
}

export function claimGroups(services: ServerServices): ClaimGroup[] {
  const { corpus } = services;
  const conflicted = conflictedMatchKeys(corpus);
  const groups: ClaimGroup[] = [];
  for (const [entity, keys] of matchKeysBySubject(corpus)) {
    const conflicts = keys.filter((k) => conflicted.has(k)).length;
    groups.push({ entity, name: entity ? entityName(corpus, entity) : '(no subject)', claims: keys.length, conflicts });
  }
  // Conflicts first, then the most discussed.
  return groups.sort((a, b) => b.conflicts - a.conflicts || b.claims - a.claims || a.name.localeCompare(b.name));
}

export function claimsOf(services: ServerServices, entity: string): ClaimItem[] {
  const { corpus } = services;
  const keys = matchKeysBySubject(corpus).get(entity) ?? [];
  const items = keys.map((key): ClaimItem => {
    const claims = corpus.claimsByKey(key);
    const figures = claims.flatMap(({ doc, claim }) => figureItem(services, doc, claim));
    const first = claims[0];
    const docs = new Set(claims.map((c) => c.doc));
    const has = (s: ClaimStatus) => figures.some((f) => f.status === s);
    const status: ClaimStatus = has('conflict') ? 'conflict' : has('resolved') ? 'resolved' : docs.size < 2 ? 'single' : has('differs') ? 'differs' : 'agree';
    const label = first ? claimLabel(corpus, { ...first.claim, subjects: [entity] }, first.doc) : key;
    return { key, label, measure: first?.claim.measure ?? '', scope: first?.claim.scope ?? '', status, figures };
  });
  const rank: Record<ClaimStatus, number> = { conflict: 0, resolved: 1, differs: 2, agree: 3, single: 4 };
  return items.sort((a, b) => rank[a.status] - rank[b.status] || a.label.localeCompare(b.label));
}

function figureItem(services: ServerServices, doc: string, claim: Claim): ClaimFigureItem[] {
  const lines = services.lines(doc);
  if (!lines) return [];
  const peers = claimPeers(services.corpus, doc, claim, services.corpus.context.config);
  let status: ClaimStatus;
  if (services.corpus.findings(doc).some((f) => findingIsOn(f, claim))) status = 'conflict';
  else if (services.annotations?.resolvedFindings(doc).some((r) => findingIsOn(r.finding, claim))) status = 'resolved';
  else if (peers.length === 0) status = 'single';
  else status = peers.some((p) => p.relation === 'disagree') ? 'differs' : 'agree';
  return [
    {
      uri: doc,
      range: { start: lines.positionAt(claim.figure.start), end: lines.positionAt(claim.figure.end) },
      text: claim.figure.text,
      display: normalisedValue(claim.figure),
      status,
    },
  ];
}
