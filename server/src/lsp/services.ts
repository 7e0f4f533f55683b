/**
 * What the server's feature modules share. server.ts builds one and passes it
 * to each module's register function, so modules never reach for globals.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Corpus } from '../analysis/corpus/corpus';
import type { Finding } from '../analysis/model';
import type { Annotation } from '../analysis/annotations/schema';
import type { LineIndex } from '../analysis/text/lineIndex';
import type { Settings } from './settings';

export interface ServerServices {
  connection: Connection;
  corpus: Corpus;
  /** Open documents, kept in sync by the client, keyed by the URIs the client spelled. */
  documents: TextDocuments<TextDocument>;
  /**
   * The open document at a URI in the server's own spelling (uris.ts
   * normalizeUri; clients percent-encode differently). The corpus, the
   * diagnostics and every request handler use that spelling.
   */
  openDocument(uri: string): TextDocument | undefined;
  /** Workspace folder paths (file system paths, not URIs). */
  folders(): string[];
  /** Re-publishes diagnostics for these document URIs and tells the client its views are stale; returns how many lists were sent. */
  refresh(uris: Iterable<string>): number;
  log(message: string): void;
  /** The line index of a document's current text in the corpus (cached per text). */
  lines(uri: string): LineIndex | undefined;
  /** The effective settings (corpus globs, config merged from settings and `.corroborate.json`). */
  settings(): Settings;
  /** What the annotation module tells hovers and the Claims view (server.ts wires it when that module is registered). */
  annotations?: AnnotationHooks;
}

export interface AnnotationHooks {
  /** Notes and decisions anchored at an offset, as Markdown lines already escaped. */
  hoverLines(uri: string, offset: number): string[];
  /** Findings of a document that a researcher's decision settled. */
  resolvedFindings(uri: string): ReadonlyArray<{ finding: Finding }>;
  /** The annotations that, with the config, make the corpus's analysis context (tags extend its lexicon). */
  applied(): readonly Annotation[];
}
