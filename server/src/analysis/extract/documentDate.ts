/** The date a document states for itself (a "date" line, a dateline, a timestamp), ISO 8601. (Placeholder.) */
export function findDocumentDate(_text: string): string | undefined {
  return undefined;
}
