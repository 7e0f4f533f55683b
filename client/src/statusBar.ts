/** A status bar item with the corpus totals: documents, entities, claims, open conflicts. */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { TotalsRequest, type Totals } from '../../server/src/lsp/protocol';

export class CorpusStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('corroborate.totals', vscode.StatusBarAlignment.Left, 50);
  private pending: Promise<void> | undefined;
  private again = false;

  constructor(private readonly client: LanguageClient) {
    this.item.name = 'Corroborate corpus totals';
    this.item.command = 'corroborate.showClaims';
    this.item.text = '$(sync~spin) Corroborate';
    this.item.show();
  }

  /** Asks the server for totals; bursts of calls make one request at a time. */
  update(): void {
    if (this.pending) {
      this.again = true;
      return;
    }
    this.pending = this.fetch().finally(() => {
      this.pending = undefined;
      if (this.again) {
        this.again = false;
        this.update();
      }
    });
  }

  private async fetch(): Promise<void> {
    try {
      const t = await this.client.sendRequest<Totals>(TotalsRequest);
      this.render(t);
      // Totals grow while indexing; poll until it ends (the server also notifies on change).
      if (t.indexing) setTimeout(() => this.update(), 1000);
    } catch {
      this.item.text = '$(warning) Corroborate';
      this.item.tooltip = 'The Corroborate server is not answering; see the Corroborate output channel.';
    }
  }

  private render(t: Totals): void {
    const n = (v: number) => v.toLocaleString();
    const icon = t.indexing ? '$(sync~spin)' : t.conflicts > 0 ? '$(warning)' : '$(check)';
    this.item.text = `${icon} ${n(t.documents)} articles · ${n(t.conflicts)} conflicts`;
    this.item.tooltip = [
      `Corroborate${t.indexing ? ' (indexing…)' : ''}`,
      `${n(t.documents)} articles`,
      `${n(t.entities)} entities`,
      `${n(t.claims)} claims`,
      `${n(t.conflicts)} open conflicts`,
      'Click to show the claims.',
    ].join('\n');
  }

  dispose(): void {
    this.item.dispose();
  }
}
