/**
 * The "Annotations" view: every annotation grouped by document, orphaned and
 * edited ones marked; selecting one opens its document at it.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { AnnotationsListRequest, type AnnotationsList, type AnnotationViewItem } from '../../../server/src/lsp/annotations/protocol';

export type AnnotationNode = { kind: 'group'; source: string; uri: string; items: AnnotationViewItem[] } | { kind: 'item'; item: AnnotationViewItem } | { kind: 'status'; message: string };

const KIND_ICON: Record<AnnotationViewItem['kind'], string> = {
  tag: 'tag',
  'not-entity': 'circle-slash',
  note: 'comment',
  decision: 'law',
};

export class AnnotationsTreeProvider implements vscode.TreeDataProvider<AnnotationNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<AnnotationNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private last: AnnotationsList | undefined;

  constructor(private readonly client: LanguageClient) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  /** Every annotation in the last listing (for the remove command's quick pick). */
  items(): AnnotationViewItem[] {
    return this.last?.groups.flatMap((g) => g.items) ?? [];
  }

  async list(): Promise<AnnotationsList> {
    this.last = await this.client.sendRequest<AnnotationsList>(AnnotationsListRequest);
    return this.last;
  }

  async getChildren(node?: AnnotationNode): Promise<AnnotationNode[]> {
    if (node?.kind === 'group') return node.items.map((item) => ({ kind: 'item', item }));
    if (node) return [];
    let list: AnnotationsList;
    try {
      list = await this.list();
    } catch {
      return [];
    }
    const out: AnnotationNode[] = [];
    if (list.status.reason) out.push({ kind: 'status', message: `Read-only: ${list.status.reason}` });
    for (const g of list.groups) out.push({ kind: 'group', source: g.source, uri: g.uri, items: g.items });
    return out;
  }

  getTreeItem(node: AnnotationNode): vscode.TreeItem {
    if (node.kind === 'status') {
      const t = new vscode.TreeItem(node.message, vscode.TreeItemCollapsibleState.None);
      t.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
      t.tooltip = node.message;
      if (this.last?.storeUri) t.command = { command: 'vscode.open', title: 'Open the annotation store', arguments: [vscode.Uri.parse(this.last.storeUri)] };
      return t;
    }
    if (node.kind === 'group') {
      const t = new vscode.TreeItem(vscode.Uri.parse(node.uri), vscode.TreeItemCollapsibleState.Expanded);
      t.description = node.source;
      const orphans = node.items.filter((i) => i.state === 'orphaned').length;
      t.tooltip = `${node.items.length} annotation${node.items.length === 1 ? '' : 's'}${orphans ? `, ${orphans} orphaned` : ''}`;
      t.contextValue = 'annotationDocument';
      return t;
    }
    const { item } = node;
    const t = new vscode.TreeItem(item.label, vscode.TreeItemCollapsibleState.None);
    const problem = item.state !== 'anchored';
    t.iconPath = problem
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
      : new vscode.ThemeIcon(KIND_ICON[item.kind]);
    t.description = item.state === 'anchored' ? item.kind : `${item.kind} · ${item.state}`;
    t.tooltip = item.problem ? `${item.label}\n${item.problem}` : item.label;
    t.contextValue = 'annotation';
    t.id = item.id;
    t.command = { command: 'corroborate.annotations.goTo', title: 'Go to Annotation', arguments: [node] };
    return t;
  }
}
