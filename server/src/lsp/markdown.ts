/**
 * Markdown for hovers built from untrusted article text: everything from an
 * article is escaped so that it cannot become a link, a command, an image,
 * HTML, code or an auto-linked URL. Links are only ever made here, from URIs
 * the server built itself.
 */

/** Escapes text for Markdown: punctuation backslash-escaped, and what autolinks or HTML could use turned into entities. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/:/g, '&#58;')
    .replace(/@/g, '&#64;');
}

/**
 * A link to a position in a file: VS Code's opener reads a `#L<line>,<column>`
 * fragment of a file URI as the selection to reveal (one-based), and file
 * links need no trusted Markdown, unlike `command:vscode.open` links. The
 * target is percent-encoded so it cannot close the link early.
 */
export function fileLink(label: string, uri: string, position: { line: number; character: number }): string {
  const target = `${uri}#L${position.line + 1},${position.character + 1}`.replace(/[()<>\s"'`\\[\]]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
  return `[${escapeMarkdown(label)}](${target})`;
}

/** Shortens long text around its middle, on a word boundary. */
export function truncate(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 1);
  return t.slice(0, cut > max / 2 ? cut : max - 1) + '…';
}
