/**
 * `corroborate annotations export|import`: the annotation store as W3C Web
 * Annotation JSON-LD, and back. Document IRIs are relative to the folder
 * holding `.corroborate/` (the workspace root).
 * Exit codes: 0 done, 2 usage or input error (nothing is written then,
 * except that an import with some unreadable items still merges the rest).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AnnotationStore, STORE_FOLDER, storePathFor } from '../io/annotationStore';
import { exportJsonLd, importJsonLd } from '../analysis/annotations/jsonld';
import { AnnotationIndex } from '../analysis/annotations/layer';
import type { Corpus } from '../analysis/corpus/corpus';
import type { CliArgs } from './args';
import type { CliIO } from '../cli';

/** The workspace root a store belongs to: the folder holding `.corroborate/`. */
function rootOf(storePath: string): string {
  return dirname(storePath).endsWith(STORE_FOLDER) ? dirname(dirname(storePath)) : dirname(storePath);
}

/**
 * check: installs the store's decisions (and tags) on the corpus before the
 * texts are added, so decided findings are left out as in the editor. A
 * store that cannot be read is reported and ignored (and never written).
 */
export async function applyStoredDecisions(corpus: Corpus, texts: ReadonlyMap<string, string>, storeOption: string | undefined, io: CliIO): Promise<void> {
  const storePath = resolve(storeOption ?? storePathFor('.'));
  if (!storeOption && !existsSync(storePath)) return;
  const store = new AnnotationStore(storePath);
  const status = await store.load();
  if ('reason' in status || status.state === 'missing') {
    io.err(`corroborate: ${storePath}: ${'reason' in status ? status.reason : 'no such file'}; decisions not applied\n`);
    return;
  }
  const root = rootOf(storePath);
  const byPath = new Map([...texts.keys()].filter((p) => p !== '-').map((p) => [resolve(p), p]));
  const index = new AnnotationIndex((source) => {
    const doc = byPath.get(resolve(root, source));
    const text = doc === undefined ? undefined : texts.get(doc);
    return doc === undefined || text === undefined ? undefined : { doc, text };
  });
  index.update(store.annotations);
  corpus.setAnnotations(index);
}

export async function runAnnotations(spec: NonNullable<CliArgs['annotations']>, io: CliIO, readStdin: () => Promise<Uint8Array>): Promise<number> {
  const storePath = resolve(spec.store ?? storePathFor('.'));
  const root = rootOf(storePath);
  const base = pathToFileURL(root).href.replace(/\/?$/, '/');
  const store = new AnnotationStore(storePath);
  const status = await store.load();
  const fail = (m: string): number => {
    io.err(`corroborate: ${m}\n`);
    return 2;
  };
  if ('reason' in status) return fail(`${storePath}: ${status.reason}; left untouched`);

  if (spec.action === 'export') {
    if (status.state === 'missing') io.err(`corroborate: ${storePath}: no annotations yet; exporting an empty collection\n`);
    const json = JSON.stringify(exportJsonLd(store.annotations, base), null, 2) + '\n';
    if (!spec.file) {
      io.out(json);
      return 0;
    }
    try {
      await writeFile(spec.file, json, 'utf8');
    } catch (e) {
      return fail(`${spec.file}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    io.err(`${store.annotations.length} annotation${store.annotations.length === 1 ? '' : 's'} exported to ${spec.file}\n`);
    return 0;
  }

  const name = spec.file ?? 'standard input';
  let text: string;
  try {
    text = spec.file ? await readFile(spec.file, 'utf8') : Buffer.from(await readStdin()).toString('utf8');
  } catch (e) {
    return fail(`${name}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (e) {
    return fail(`${name}: not valid JSON (${(e as Error).message})`);
  }
  const { annotations, problems } = importJsonLd(document, base);
  for (const p of problems) io.err(`corroborate: ${name}: ${p}\n`);
  if (annotations.length > 0) {
    try {
      await store.merge(annotations);
    } catch (e) {
      return fail((e as Error).message);
    }
  }
  io.err(`${annotations.length} annotation${annotations.length === 1 ? '' : 's'} imported into ${storePath}${problems.length ? `, ${problems.length} skipped` : ''}\n`);
  return problems.length > 0 ? 2 : 0;
}
