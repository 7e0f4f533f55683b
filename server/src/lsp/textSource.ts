/**
 * The corpus keeps the texts of open documents only; it reads the others back
 * from disk when a hover, a code action or a re-analysis needs them. The few
 * read last are kept (while the file's size and time stamp are unchanged): a
 * hover over an organization quotes the same sources again and again. A text
 * read once among many (tagging a name re-checks every closed article) is not
 * kept: it would push out those the hovers come back to, and each hover
 * during a tag read its files again (seen in a profile of the server).
 */
import { statSync } from 'node:fs';
import type { TextSource } from '../analysis/corpus/corpus';
import { readArticle, stampOf } from '../io/readArticle';
import { uriToPath } from './uris';

const RECENT = 32;

interface Recent {
  stamp: string;
  text: string;
}

export function diskTextSource(isOpen: (uri: string) => boolean, openText: (uri: string) => string | undefined): TextSource {
  const recent = new Map<string, Recent>();
  return {
    keep: isOpen,
    read(uri, once = false) {
      const open = openText(uri);
      if (open !== undefined) return open;
      const path = uriToPath(uri);
      if (path === undefined) return undefined;
      const hit = recent.get(uri);
      if (hit) {
        recent.delete(uri);
        if (hit.stamp === statStamp(path)) {
          recent.set(uri, hit); // most recent last: the first key is the one to evict
          return hit.text;
        }
      }
      // Not read lately: read at once (one open and fstat, which gives the stamp).
      const read = readArticle(path);
      if (!read.ok) return undefined;
      if (once) return read.text;
      recent.set(uri, { stamp: read.stamp ?? '', text: read.text });
      if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
      return read.text;
    },
  };
}

function statStamp(path: string): string | undefined {
  try {
    return stampOf(statSync(path));
  } catch {
    return undefined;
  }
}
