/**
 * The "Claims" view in the explorer: claims grouped by subject entity, each
 * with its figures per source and whether they agree, conflict or were
 * resolved. Selecting a figure opens its source at the figure.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import {
  ClaimGroupsRequest,
  ClaimsRequest,
  type ClaimFigureItem,
  type ClaimGroup,
  type ClaimItem,
  type ClaimsParams,
  type ClaimStatus,
} from '../../server/src/lsp/protocol';

type Node = { kind: 'group'; group: ClaimGroup } | { kind: 'claim'; claim: ClaimItem } | { kind: 'figure'; figure: ClaimFigureItem };

const STATUS_ICON: Record<ClaimStatus, vscode.ThemeIcon> = {
  conflict: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  resolved: new vscode.ThemeIcon('pass'),
  differs: new vscode.ThemeIcon('diff'),
  agree: new vscode.ThemeIcon('check'),
  single: new vscode.ThemeIcon('circle-outline'),
};

const CLAIM_STATUS: Record<ClaimStatus, string> = {
  conflict: 'sources conflict',
  resolved: 'a decision settled the conflict',
  differs: 'figures differ, judged compatible (no finding)',
  agree: 'sources agree',
  single: 'one source',
};

export class ClaimsTreeProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (!this.client.isRunning()) return [];
    try {
      if (!node) {
        const groups = await this.client.sendRequest<ClaimGroup[]>(ClaimGroupsRequest);
        return groups.map((group) => ({ kind: 'group', group }));
      }
      if (node.kind === 'group') {
        const params: ClaimsParams = { entity: node.group.entity };
        const claims = await this.client.sendRequest<ClaimItem[]>(ClaimsRequest, params);
        return claims.map((claim) => ({ kind: 'claim', claim }));
      }
      if (node.kind === 'claim') return node.claim.figures.map((figure) => ({ kind: 'figure', figure }));
    } catch (e) {
      this.client.error('Claims view request failed', e);
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const { group } = node;
      const item = new vscode.TreeItem(group.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${group.claims} claim${group.claims === 1 ? '' : 's'}${group.conflicts ? ` · ${group.conflicts} in conflict` : ''}`;
      item.iconPath = new vscode.ThemeIcon(group.conflicts ? 'warning' : 'symbol-class');
      item.contextValue = 'corroborate.claimGroup';
      return item;
    }
    if (node.kind === 'claim') {
      const { claim } = node;
      const item = new vscode.TreeItem(claim.label, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${claim.figures.length} figure${claim.figures.length === 1 ? '' : 's'} · ${claim.status}`;
      item.tooltip = `${claim.label}: ${CLAIM_STATUS[claim.status]}`;
      item.iconPath = STATUS_ICON[claim.status];
      item.contextValue = `corroborate.claim.${claim.status}`;
      return item;
    }
    const { figure } = node;
    const uri = vscode.Uri.parse(figure.uri);
    const item = new vscode.TreeItem(figure.text, vscode.TreeItemCollapsibleState.None);
    item.description = `${figure.display} · ${vscode.workspace.asRelativePath(uri, false)}`;
    item.tooltip = `${figure.text} (${figure.display}) in ${uri.fsPath}, line ${figure.range.start.line + 1}: ${CLAIM_STATUS[figure.status]}`;
    item.iconPath = STATUS_ICON[figure.status];
    item.resourceUri = uri;
    const selection = new vscode.Range(figure.range.start.line, figure.range.start.character, figure.range.end.line, figure.range.end.character);
    item.command = { title: 'Open source', command: 'vscode.open', arguments: [uri, { selection } satisfies vscode.TextDocumentShowOptions] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}
