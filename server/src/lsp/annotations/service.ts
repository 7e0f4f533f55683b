/**
 * The annotation service: keeps the store, re-anchors annotations against
 * the corpus, silences decided findings (as the corpus's annotation layer),
 * feeds tags to the entity lexicon, and carries out the researcher's
 * commands. Protocol-free: lsp/annotations.ts wires it to the connection.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DecisionDraft, DecisionKind, EntityType, Finding } from '../../analysis/model';
import type { Corpus } from '../../analysis/corpus/corpus';
import { createTarget } from '../../analysis/annotations/anchor';
import { buildAnnotation, decisionSpec, type AnnotationSpec } from '../../analysis/annotations/create';
import { describeDecision, type ResolvedFinding } from '../../analysis/annotations/decisions';
import { exportJsonLd, importJsonLd } from '../../analysis/annotations/jsonld';
import { AnnotationIndex } from '../../analysis/annotations/layer';
import { stateProblem, type ResolvedAnnotation } from '../../analysis/annotations/resolve';
import type { Annotation } from '../../analysis/annotations/schema';
import { AnnotationStore, StoreReadOnlyError, storePathFor, type StoreStatus } from '../../io/annotationStore';
import { readArticle } from '../../io/readArticle';
import { WorkspacePaths } from './paths';
import { escapeMarkdown } from '../markdown';
import { TimeSlices } from '../yieldToEventLoop';
import type { AnnotationViewItem } from './protocol';

/** A failure the researcher should read (bad arguments, a read-only store). */
export class AnnotationCommandError extends Error {}

export interface AnnotationHost {
  corpus: Corpus;
  /** Text of an open document that may not be in the corpus (yet). */
  openText(uri: string): string | undefined;
  /** Re-publish diagnostics of these documents. */
  refresh(uris: Iterable<string>): void;
  /** Annotations, their states or the store status changed. */
  changed(): void;
  /** Every workspace folder (the store is the first's; the others' files are named relative to it). */
  folders?(): readonly string[];
}

export type AnnotationItem = Omit<AnnotationViewItem, 'range'>;

export class AnnotationService {
  readonly store: AnnotationStore;
  readonly paths: WorkspacePaths;
  /** The corpus layer (Corpus.setAnnotations): silences decided findings, adds tags to the lexicon. */
  readonly index: AnnotationIndex;
  private queue: Promise<unknown> = Promise.resolve();
  /** The annotations the index was last updated with: with the config, they make the corpus's context (the indexing worker rebuilds it from them). */
  applied: readonly Annotation[] = [];
  private retired = false;

  constructor(
    readonly root: string,
    private readonly host: AnnotationHost,
    storePath = storePathFor(root),
  ) {
    this.store = new AnnotationStore(storePath);
    this.paths = new WorkspacePaths(root, { has: (id) => host.corpus.has(id), ids: () => host.corpus.documents(), size: () => host.corpus.size }, () => host.folders?.() ?? []);
    this.index = new AnnotationIndex((source) => {
      const uri = this.paths.uriOf(source);
      const text = this.textOf(uri);
      return text === undefined ? undefined : { doc: uri, text };
    });
  }

  get storeUri(): string {
    return pathToFileURL(this.store.path).href;
  }

  get baseIri(): string {
    return folderIri(this.root);
  }

  /** Reads the store (again) and applies what changed. */
  load(): Promise<StoreStatus> {
    return this.serialize(async () => {
      const status = await this.store.load();
      await this.apply();
      return status;
    });
  }

  /** Reloads when another window (or an editor) changed the file. */
  async reloadIfChanged(): Promise<boolean> {
    if (!(await this.store.changedOnDisk())) return false;
    await this.load();
    return true;
  }

  // ---- commands -------------------------------------------------------

  async recordDecision(draft: DecisionDraft): Promise<Annotation> {
    if (!draft || !Array.isArray(draft.targets) || draft.targets.length === 0) throw new AnnotationCommandError('a decision needs at least one target');
    const targets = draft.targets.map((t) => this.target(t.doc, t.start, t.end));
    return this.add(decisionSpec(draft), targets);
  }

  /** Decides the finding at an offset (the command palette's "mark disputed", "dismiss" …). */
  async decideAt(uri: string, offset: number, decision: DecisionKind, note?: string): Promise<Annotation> {
    const finding = this.findingAt(uri, offset);
    if (!finding) throw new AnnotationCommandError('there is no finding here to decide about');
    const targets = [{ doc: finding.doc, start: finding.start, end: finding.end }, ...finding.related.map((r) => ({ doc: r.doc, start: r.start, end: r.end }))];
    return this.recordDecision({ decision, code: finding.code, fingerprint: finding.fingerprint, targets, ...(note ? { note } : {}) });
  }

  async tag(uri: string, start: number, end: number, type: EntityType, aliasOf?: string): Promise<Annotation> {
    if (!['organization', 'place', 'programme'].includes(type)) throw new AnnotationCommandError(`unknown entity type "${type}"`);
    return this.add({ kind: 'tag', entityType: type, ...(aliasOf ? { aliasOf } : {}) }, [this.target(uri, start, end)]);
  }

  async markNotEntity(uri: string, start: number, end: number): Promise<Annotation> {
    return this.add({ kind: 'not-entity' }, [this.target(uri, start, end)]);
  }

  async addNote(uri: string, start: number, end: number, note: string): Promise<Annotation> {
    if (typeof note !== 'string' || !note.trim()) throw new AnnotationCommandError('a note needs text');
    return this.add({ kind: 'note', body: note }, [this.target(uri, start, end)]);
  }

  remove(id: string): Promise<number> {
    return this.write(async () => {
      const n = await this.store.remove(id);
      if (n === 0) throw new AnnotationCommandError(`no annotation with id ${id}`);
      return n;
    });
  }

  exportJsonLd(): object {
    return exportJsonLd(this.store.annotations, this.baseIri);
  }

  async importJsonLd(document: unknown): Promise<{ imported: number; problems: string[] }> {
    const others = (this.host.folders?.() ?? []).map(folderIri).filter((iri) => iri !== this.baseIri);
    const { annotations, problems } = importJsonLd(document, this.baseIri, undefined, others);
    if (annotations.length > 0) await this.write(() => this.store.merge(annotations));
    return { imported: annotations.length, problems };
  }

  // ---- what views and hovers read ---------------------------------------

  /** Markdown lines for a hover at offset in a document: the notes and decisions anchored there. */
  hoverLines(uri: string, offset: number): string[] {
    const source = this.paths.sourceOf(uri);
    if (!source) return [];
    const lines: string[] = [];
    for (const r of this.index.resolve(this.index.annotationsOf(source).filter((a) => a.kind === 'note' || a.kind === 'decision'))) {
      const here = r.targets.some((t) => t.source === source && t.anchor.status === 'anchored' && t.anchor.start <= offset && offset <= t.anchor.end);
      if (!here) continue;
      const a = r.annotation;
      const problem = stateProblem(r);
      const stale = problem ? ` _(no longer in force: ${escapeMarkdown(problem)})_` : '';
      if (a.kind === 'note') lines.push(`**Note:** ${escapeMarkdown(a.body)}`);
      else if (a.kind === 'decision') lines.push(`**Decision** (${a.code}): ${escapeMarkdown(describeDecision(a))}${stale}`);
    }
    return lines;
  }

  /** Findings of a document that a decision settled, as of the last findings() read. */
  resolvedFindings(uri: string): ResolvedFinding[] {
    this.host.corpus.findings(uri);
    return this.index.resolvedFindings(uri);
  }

  /** Every annotation with its state, for the Annotations view and the store diagnostics. */
  async items(): Promise<{ items: AnnotationItem[]; resolved: ResolvedAnnotation[] }> {
    const disk = new Map<string, string | undefined>();
    for (const source of this.index.sources()) {
      const uri = this.paths.uriOf(source);
      if (this.textOf(uri) !== undefined) continue;
      const read = readArticle(join(this.root, ...source.split('/')));
      disk.set(source, read.ok ? read.text : undefined);
    }
    const resolved = this.index.resolve(this.store.annotations, (source) => {
      const uri = this.paths.uriOf(source);
      const text = this.textOf(uri) ?? disk.get(source);
      return text === undefined ? undefined : { doc: uri, text };
    });
    const items = resolved.map((r): AnnotationItem => {
      const first = r.targets[0]!;
      const anchor = first.anchor.status === 'anchored' ? first.anchor : undefined;
      const problem = stateProblem(r);
      return {
        id: r.annotation.id,
        kind: r.annotation.kind,
        label: labelOf(r.annotation),
        state: r.state,
        source: first.source,
        uri: first.doc ?? this.paths.uriOf(first.source),
        ...(problem ? { problem } : {}),
        ...(anchor ? { start: anchor.start, end: anchor.end } : {}),
      };
    });
    return { items, resolved };
  }

  /** Whether any annotation targets this document (so its edits matter to the view). */
  targets(uri: string): boolean {
    const source = this.paths.sourceOf(uri);
    return source !== undefined && this.index.annotationsOf(source).length > 0;
  }

  // ---- internals --------------------------------------------------------

  private textOf(uri: string): string | undefined {
    return this.host.corpus.text(uri) ?? this.host.openText(uri);
  }

  private findingAt(uri: string, offset: number): Finding | undefined {
    const here = this.host.corpus.findings(uri).filter((f) => f.start <= offset && offset <= f.end);
    return here.find((f) => f.severity === 'error' || f.severity === 'warning') ?? here[0];
  }

  private target(uri: string, start: number, end: number) {
    const source = this.paths.sourceOf(uri);
    if (!source) throw new AnnotationCommandError(`${uri} is not a file inside a workspace folder; only those can be annotated`);
    const text = this.textOf(uri);
    if (text === undefined) throw new AnnotationCommandError(`${source} is not open or indexed`);
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || end <= start) {
      throw new AnnotationCommandError('select the text to annotate first');
    }
    return createTarget(source, text, start, end);
  }

  private add(spec: AnnotationSpec, targets: ReturnType<AnnotationService['target']>[]): Promise<Annotation> {
    const annotation = buildAnnotation(spec, targets, randomUUID(), new Date());
    return this.write(async () => {
      await this.store.add(annotation);
      return annotation;
    });
  }

  /** Runs a store write after the previous one, then applies the new state; a refused write says why. */
  private write<T>(run: () => Promise<T>): Promise<T> {
    return this.serialize(async () => {
      try {
        return await run();
      } catch (e) {
        if (e instanceof StoreReadOnlyError) throw new AnnotationCommandError(e.message);
        throw e;
      } finally {
        await this.apply();
      }
    });
  }

  private serialize<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Makes this service's index the corpus's annotation layer, in place of
   * the layer of a retired service whose tags and suppressions held
   * `previousNames` (see retire). Before load(): the index holds nothing yet.
   */
  async install(previousNames: readonly string[] = []): Promise<void> {
    const uris = new Set<string>();
    await this.relayer(previousNames, uris);
    this.host.refresh(uris);
  }

  /**
   * Stops applying this service's annotations to the corpus (its folder is
   * no longer the workspace's first). Returns the names its tags and
   * suppressions held, for the next service's install() to re-analyse.
   */
  retire(): string[] {
    this.retired = true;
    return this.index.update([]).changedNames;
  }

  /** Re-indexes the store's annotations and re-publishes what they may have changed. */
  private async apply(): Promise<void> {
    // A command begun before the service retired must not bring its annotations back.
    if (this.retired) return;
    this.applied = this.store.annotations;
    const { tagsChanged, changedNames, touched } = this.index.update(this.applied);
    const uris = new Set([...touched].map((source) => this.paths.uriOf(source)));
    if (tagsChanged) await this.relayer(changedNames, uris);
    this.host.refresh(uris);
    this.host.changed();
  }

  /**
   * Installs the index as the corpus's layer and re-analyses the articles
   * naming changedNames, adding what to re-publish to `uris`. Every closed
   * article is read back (~0.3-0.5 s for 10,000): done in slices, so that
   * hovers and edits are answered meanwhile.
   */
  private async relayer(changedNames: readonly string[], uris: Set<string>): Promise<void> {
    const corpus = this.host.corpus;
    const change = corpus.beginAnnotations(this.index, changedNames);
    for (const doc of change.republish) uris.add(doc);
    const slices = new TimeSlices();
    for (const doc of change.recheck) {
      for (const d of corpus.recheck(doc, change)) uris.add(d);
      if (slices.due) {
        await slices.next();
        // Retired meanwhile: the next service's install() rechecks what this change had not reached.
        if (this.retired) return;
      }
    }
  }
}

/** A folder as a file: IRI ending in "/", the base its files' IRIs are relative to. */
function folderIri(folder: string): string {
  return pathToFileURL(join(folder, '/')).href.replace(/\/?$/, '/');
}

function labelOf(a: Annotation): string {
  const quote = a.targets[0]!.quote.exact.replace(/\s+/g, ' ');
  const short = quote.length > 50 ? quote.slice(0, 49) + '…' : quote;
  switch (a.kind) {
    case 'tag':
      return `"${short}" is ${a.aliasOf ? `another name of ${a.aliasOf}` : `a ${a.entityType}`}`;
    case 'not-entity':
      return `"${short}" is not an entity`;
    case 'note':
      return `"${short}": ${a.body}`;
    case 'decision':
      return `"${short}" ${describeDecision(a)}`;
  }
}
