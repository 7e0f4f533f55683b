/**
 * A second "window" for the store tests: a separate process that adds
 * annotations to a store one by one. Usage: storeWriter.ts STORE NAME COUNT
 */
import { AnnotationStore } from '../../server/src/io/annotationStore';
import { buildAnnotation } from '../../server/src/analysis/annotations/create';
import { createTarget } from '../../server/src/analysis/annotations/anchor';

async function main(): Promise<void> {
  const [path, name, count] = process.argv.slice(2);
  const store = new AnnotationStore(path!, { lockWaitMs: 20000 });
  await store.load();
  const text = 'Rapidus received $6.7 billion in government backing.';
  for (let i = 0; i < Number(count); i++) {
    const note = buildAnnotation({ kind: 'note', body: `${name} ${i}` }, [createTarget('a.txt', text, 0, 7)], `${name}-${i}`, new Date());
    await store.add(note);
  }
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e));
  process.exitCode = 1;
});
