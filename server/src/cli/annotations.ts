/**
 * `corroborate annotations export|import`: the annotation store as W3C Web
 * Annotation JSON-LD, and back. Document IRIs are relative to the folder
 * holding `.corroborate/` (the workspace root).
 * Exit codes: 0 done, 2 usage or input error (nothing is written then,
 * except that an import with some unreadable items still merges the rest).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AnnotationStore, STORE_FOLDER, storePathFor } from '../io/annotationStore';
import { exportJsonLd, importJsonLd } from '../analysis/annotations/jsonld';
import type { CliArgs } from './args';
import type { CliIO } from '../cli';

export async function runAnnotations(spec: NonNullable<CliArgs['annotations']>, io: CliIO, readStdin: () => Promise<Uint8Array>): Promise<number> {
  const storePath = resolve(spec.store ?? storePathFor('.'));
  const root = dirname(storePath).endsWith(STORE_FOLDER) ? dirname(dirname(storePath)) : dirname(storePath);
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
