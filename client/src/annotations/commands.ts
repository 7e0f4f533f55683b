/**
 * The annotation commands of the command palette, the editor context menu
 * and the Annotations view. They prompt for what they need, then ask the
 * server (workspace/executeCommand) to write the store. Client command ids
 * are `corroborate.annotations.*`; the server's own ids (commandIds.ts) are
 * registered by the language client and used by code actions.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { Commands } from '../../../server/src/lsp/commandIds';
import { KnownEntitiesRequest, type AnnotationViewItem, type KnownEntity } from '../../../server/src/lsp/annotations/protocol';
import type { AnnotationNode, AnnotationsTreeProvider } from './view';

type EntityType = 'organization' | 'place' | 'programme';
type DecisionKind = 'disputed' | 'different-claims' | 'accepted' | 'dismissed';

export function registerAnnotationCommands(client: LanguageClient, view: AnnotationsTreeProvider): vscode.Disposable[] {
  const run = async (command: string, arg?: unknown): Promise<any> => {
    try {
      return await client.sendRequest(ExecuteCommandRequest.type, { command, arguments: arg === undefined ? [] : [arg] });
    } catch (e) {
      // The server has already shown its message; log for the output channel.
      client.outputChannel.appendLine(`${command} failed: ${e instanceof Error ? e.message : String(e)}`);
      return undefined;
    }
  };

  const selection = (needText: boolean): { uri: string; start: number; end: number; text: string } | undefined => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) {
      void vscode.window.showInformationMessage('Corroborate: open an article first.');
      return undefined;
    }
    const doc = editor.document;
    let range: vscode.Range | undefined = editor.selection;
    // A name's word: joining punctuation only between letters or digits ("Gate.io", "AT&T", "Rolls-Royce"), never the full stop after it.
    if (range.isEmpty && needText) range = doc.getWordRangeAtPosition(editor.selection.active, /[\p{L}\p{N}]+(?:[&.'’-][\p{L}\p{N}]+)*/u);
    if (!range || (needText && range.isEmpty)) {
      void vscode.window.showInformationMessage('Corroborate: select the text to annotate first.');
      return undefined;
    }
    return { uri: client.code2ProtocolConverter.asUri(doc.uri), start: doc.offsetAt(range.start), end: doc.offsetAt(range.end), text: doc.getText(range) };
  };

  const tag = async (type?: EntityType): Promise<void> => {
    const sel = selection(true);
    if (!sel) return;
    const picked =
      type ??
      (
        await vscode.window.showQuickPick(
          [
            { label: 'Organization', type: 'organization' as const },
            { label: 'Place', type: 'place' as const },
            { label: 'Programme', type: 'programme' as const },
          ],
          { title: `Tag "${sel.text}" as`, placeHolder: 'What kind of entity is it?' },
        )
      )?.type;
    if (!picked) return;
    const entities = await client.sendRequest<KnownEntity[]>(KnownEntitiesRequest).catch(() => [] as KnownEntity[]);
    const newEntity = { label: `$(add) A new ${picked}`, description: sel.text, id: undefined as string | undefined };
    const choices = [newEntity, ...entities.filter((e) => e.type === picked).map((e) => ({ label: e.name, description: `${e.id} · ${e.mentions} mention${e.mentions === 1 ? '' : 's'}`, id: e.id as string | undefined }))];
    const alias = choices.length > 1 ? await vscode.window.showQuickPick(choices, { title: `"${sel.text}" is…`, placeHolder: 'a new entity, or another name of a known one' }) : newEntity;
    if (!alias) return;
    // The server re-analyses every article naming it (on 10,000 articles, about a second): shown in the status bar meanwhile.
    await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Corroborate: re-analysing the articles that name "${sel.text}"` }, () =>
      run(Commands.tagEntity, { uri: sel.uri, start: sel.start, end: sel.end, type: picked, ...(alias.id ? { aliasOf: alias.id } : {}) }),
    );
  };

  const decide = async (decision: DecisionKind, prompt?: string): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    let note: string | undefined;
    if (prompt) {
      note = await vscode.window.showInputBox({ title: prompt, prompt: 'Saved with the decision, shown in hovers and the Annotations view', ignoreFocusOut: true });
      if (note === undefined) return;
    }
    await run(Commands.decideAt, {
      uri: client.code2ProtocolConverter.asUri(editor.document.uri),
      offset: editor.document.offsetAt(editor.selection.active),
      decision,
      ...(note ? { note } : {}),
    });
  };

  const pickAnnotation = async (node?: AnnotationNode): Promise<AnnotationViewItem | undefined> => {
    if (node?.kind === 'item') return node.item;
    if (view.items().length === 0) await view.list().catch(() => undefined);
    const picked = await vscode.window.showQuickPick(
      view.items().map((item) => ({ label: item.label, description: `${item.source}${item.state === 'anchored' ? '' : ` · ${item.state}`}`, item })),
      { title: 'Remove an annotation', matchOnDescription: true },
    );
    return picked?.item;
  };

  return [
    vscode.commands.registerCommand('corroborate.annotations.tagEntity', () => tag()),
    vscode.commands.registerCommand('corroborate.annotations.tagOrganization', () => tag('organization')),
    vscode.commands.registerCommand('corroborate.annotations.tagPlace', () => tag('place')),
    vscode.commands.registerCommand('corroborate.annotations.tagProgramme', () => tag('programme')),
    vscode.commands.registerCommand('corroborate.annotations.markNotEntity', async () => {
      const sel = selection(true);
      if (sel) await run(Commands.markNotEntity, { uri: sel.uri, start: sel.start, end: sel.end });
    }),
    vscode.commands.registerCommand('corroborate.annotations.addNote', async () => {
      const sel = selection(true);
      if (!sel) return;
      const note = await vscode.window.showInputBox({ title: `Note on "${sel.text}"`, prompt: 'Shown in hovers and the Annotations view', ignoreFocusOut: true, validateInput: (v) => (v.trim() ? undefined : 'A note needs text') });
      if (note) await run(Commands.addNote, { uri: sel.uri, start: sel.start, end: sel.end, note });
    }),
    vscode.commands.registerCommand('corroborate.annotations.markDisputed', () => decide('disputed', 'Why is this figure disputed?')),
    vscode.commands.registerCommand('corroborate.annotations.differentClaims', () => decide('different-claims', 'Why are these different claims? (optional)')),
    vscode.commands.registerCommand('corroborate.annotations.acceptFigure', () => decide('accepted')),
    vscode.commands.registerCommand('corroborate.annotations.dismiss', () => decide('dismissed')),
    vscode.commands.registerCommand('corroborate.annotations.remove', async (node?: AnnotationNode) => {
      const item = await pickAnnotation(node);
      if (item) await run(Commands.removeAnnotation, { id: item.id });
    }),
    vscode.commands.registerCommand('corroborate.annotations.goTo', async (node?: AnnotationNode) => {
      if (node?.kind !== 'item') return;
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(node.item.uri));
      const r = node.item.range;
      const range = r ? new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character) : undefined;
      await vscode.window.showTextDocument(doc, range ? { selection: range } : {});
    }),
    vscode.commands.registerCommand('corroborate.annotations.refresh', () => view.refresh()),
    vscode.commands.registerCommand('corroborate.annotations.export', async () => {
      const document = await run(Commands.exportAnnotations);
      if (!document) return;
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      const target = await vscode.window.showSaveDialog({
        title: 'Export annotations (W3C Web Annotation JSON-LD)',
        filters: { 'JSON-LD': ['jsonld', 'json'] },
        ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, 'annotations.jsonld') } : {}),
      });
      if (!target) return;
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(JSON.stringify(document, null, 2) + '\n'));
      void vscode.window.showInformationMessage(`Corroborate: ${document.total ?? 0} annotations exported to ${vscode.workspace.asRelativePath(target)}.`);
    }),
    vscode.commands.registerCommand('corroborate.annotations.import', async () => {
      const [source] = (await vscode.window.showOpenDialog({ title: 'Import annotations (W3C Web Annotation JSON-LD)', canSelectMany: false, filters: { 'JSON-LD': ['jsonld', 'json'] } })) ?? [];
      if (!source) return;
      let document: unknown;
      try {
        document = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(source)));
      } catch (e) {
        void vscode.window.showErrorMessage(`Corroborate: ${vscode.workspace.asRelativePath(source)} is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
        return;
      }
      const result = (await run(Commands.importAnnotations, { document })) as { imported: number; problems: string[] } | undefined;
      if (!result) return;
      const skipped = result.problems.length ? `; ${result.problems.length} skipped (see the Corroborate output)` : '';
      for (const p of result.problems) client.outputChannel.appendLine(`import: ${p}`);
      void vscode.window.showInformationMessage(`Corroborate: ${result.imported} annotations imported${skipped}.`);
    }),
  ];
}
