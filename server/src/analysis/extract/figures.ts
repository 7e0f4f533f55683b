import type { Figure } from '../model';
import type { RateTable } from './rates';

export interface FigureContext {
  rates: RateTable;
  /** The document's own date (ISO 8601), against which relative dates resolve. */
  documentDate?: string;
}

/** Finds every figure in text, in order of position. (Placeholder: filled by the extraction engine.) */
export function extractFigures(_text: string, _ctx: FigureContext): Figure[] {
  return [];
}
