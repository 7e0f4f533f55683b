/**
 * Merging two versions of the store (ours and what another window wrote):
 * union by id, the newer `modified` wins, and a removal newer than an
 * annotation's last change removes it. Nothing is lost: whatever either side
 * added or changed last is kept.
 */
import type { Annotation, StoreData } from './schema';

export function mergeStores(a: StoreData, b: StoreData): StoreData {
  const removed: Record<string, string> = { ...a.removed };
  for (const [id, at] of Object.entries(b.removed)) if (!removed[id] || Date.parse(at) > Date.parse(removed[id]!)) removed[id] = at;
  const byId = new Map<string, Annotation>();
  for (const ann of [...a.annotations, ...b.annotations]) {
    const seen = byId.get(ann.id);
    if (!seen || newer(ann, seen)) byId.set(ann.id, ann);
  }
  const annotations: Annotation[] = [];
  for (const ann of byId.values()) {
    const gone = removed[ann.id];
    if (gone !== undefined && Date.parse(gone) >= Date.parse(ann.modified)) continue;
    if (gone !== undefined) delete removed[ann.id]; // re-created after its removal
    annotations.push(ann);
  }
  return { version: a.version, annotations, removed };
}

/** Later modification wins; equal times are settled by content so both sides pick the same one. */
function newer(x: Annotation, y: Annotation): boolean {
  const t = Date.parse(x.modified) - Date.parse(y.modified);
  if (t !== 0) return t > 0;
  return JSON.stringify(x) > JSON.stringify(y);
}
