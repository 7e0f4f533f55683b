/**
 * Glob patterns as VS Code writes them (`**`, `*`, `?`, `{a,b}`, `[abc]`),
 * matched against '/'-separated relative paths. Pure: the client uses it too.
 */

const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (!re) {
    re = new RegExp(`^${translate(glob.replace(/\\/g, '/').replace(/^\.\//, ''))}$`, 'i');
    cache.set(glob, re);
  }
  return re;
}

function translate(glob: string): string {
  let out = '';
  let inGroup = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of folders (none included); a trailing `**` matches anything.
        if (glob[i + 2] === '/') {
          out += '(?:[^/]*/)*';
          i += 2;
        } else {
          out += '.*';
          i += 1;
        }
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      inGroup++;
      out += '(?:';
    } else if (c === '}' && inGroup > 0) {
      inGroup--;
      out += ')';
    } else if (c === ',' && inGroup > 0) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) out += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  return out + ')'.repeat(inGroup);
}

/** Whether a '/'-separated relative path matches any of the globs. */
export function matchesAny(relativePath: string, globs: readonly string[]): boolean {
  const p = relativePath.replace(/\\/g, '/');
  return globs.some((g) => globToRegExp(g).test(p));
}
