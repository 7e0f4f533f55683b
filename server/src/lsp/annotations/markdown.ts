/** Text from annotations (possibly imported from elsewhere) as inert Markdown: no links, images, HTML or commands. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&:]/g, (c) => '\\' + c).replace(/\s+/g, ' ');
}
