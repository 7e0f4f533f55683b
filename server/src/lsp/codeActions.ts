/**
 * Code actions, routed through the diagnostic's code and data (as
 * vscode-eslint does): each fix of the finding as a quick fix (text edits as
 * a WorkspaceEdit, decisions as the `recordDecision` command), the preferred
 * one marked; and a source action that applies the preferred edit of every
 * finding of one kind in the file.
 */
import { CodeActionKind, CodeActionTriggerKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Finding, Fix, TextEditFix } from '../analysis/model';
import type { ServerServices } from './services';
import type { DiagnosticData } from './diagnostics';
import { Commands } from './commandIds';
import { guard } from './guard';
import { ApplyDecisionsCommand } from './protocol';
import { normalizeUri } from './uris';

/** Fix every finding of one kind in a file. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.corroborate`;

export function registerCodeActions(services: ServerServices): void {
  services.connection.onCodeAction(guard(services.log, 'codeAction', [] as CodeAction[], (params: CodeActionParams) => codeActions(services, params)));
}

export function codeActions(services: ServerServices, params: CodeActionParams): CodeAction[] {
  const uri = normalizeUri(params.textDocument.uri);
  const findings = services.corpus.findings(uri);
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const out: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingOf(findings, diagnostic);
      if (!finding) continue;
      for (const fix of finding.fixes) {
        const action = toAction(services, fix, CodeActionKind.QuickFix);
        if (!action) continue;
        action.diagnostics = [diagnostic];
        out.push(action);
      }
    }
  }
  // Never on automatic requests (code actions on save): the preferred fix may record a decision that silences a finding.
  if (wants(FIX_ALL_KIND) && params.context.triggerKind !== CodeActionTriggerKind.Automatic) out.push(...fixAllActions(services, findings));
  return out;
}

/** The current finding a diagnostic was made from: same code and fingerprint (its data), so stale diagnostics give no action. */
function findingOf(findings: Finding[], diagnostic: Diagnostic): Finding | undefined {
  if (diagnostic.source !== 'corroborate') return undefined;
  const data = diagnostic.data as Partial<DiagnosticData> | undefined;
  if (!data || typeof data.fingerprint !== 'string') return undefined;
  return findings.find((f) => f.code === diagnostic.code && f.fingerprint === data.fingerprint);
}

function toAction(services: ServerServices, fix: Fix, kind: string): CodeAction | undefined {
  const action: CodeAction = { title: fix.title, kind };
  if (fix.preferred) action.isPreferred = true;
  if (fix.kind === 'edit') {
    const edit = editOf(services, [fix]);
    if (!edit) return undefined;
    action.edit = edit;
    if (fix.decision) action.command = { title: fix.title, command: Commands.recordDecision, arguments: [{ decision: fix.decision }] };
  } else {
    action.command = { title: fix.title, command: Commands.recordDecision, arguments: [{ decision: fix.decision }] };
  }
  return action;
}

/** Text edits as one WorkspaceEdit; overlapping edits in a document are dropped (the first wins). */
function editOf(services: ServerServices, fixes: TextEditFix[]): WorkspaceEdit | undefined {
  const changes: Record<string, TextEdit[]> = {};
  const taken = new Map<string, Array<{ start: number; end: number }>>();
  for (const fix of fixes) {
    const lines = services.lines(fix.doc);
    if (!lines) continue;
    const spans = taken.get(fix.doc) ?? [];
    if (spans.some((s) => s.start < fix.end && fix.start < s.end)) continue;
    spans.push(fix);
    taken.set(fix.doc, spans);
    (changes[fix.doc] ??= []).push({ range: { start: lines.positionAt(fix.start), end: lines.positionAt(fix.end) }, newText: fix.newText });
  }
  return Object.keys(changes).length ? { changes } : undefined;
}

/** One source action per finding code: the preferred fix of every such finding in the file (edits, then their decisions). */
function fixAllActions(services: ServerServices, findings: Finding[]): CodeAction[] {
  const byCode = new Map<string, Fix[]>();
  for (const f of findings) {
    const fix = f.fixes.find((x) => x.preferred);
    if (!fix) continue;
    const list = byCode.get(f.code) ?? [];
    list.push(fix);
    byCode.set(f.code, list);
  }
  const out: CodeAction[] = [];
  for (const [code, fixes] of byCode) {
    const titles = [...new Set(fixes.map((f) => f.title))].join(' / ');
    const action: CodeAction = { title: `Fix all ${code} in this file: ${titles} (${fixes.length})`, kind: FIX_ALL_KIND };
    const edits = fixes.filter((f): f is TextEditFix => f.kind === 'edit');
    if (edits.length) {
      const edit = editOf(services, edits);
      if (edit) action.edit = edit;
    }
    const decisions = fixes.flatMap((f) => (f.decision ? [{ decision: f.decision }] : []));
    if (decisions.length) action.command = { title: action.title, command: ApplyDecisionsCommand, arguments: decisions };
    if (action.edit || action.command) out.push(action);
  }
  return out;
}
