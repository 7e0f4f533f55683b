/** Decodes LSP semantic tokens back to the text they cover, for assertions. */
export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  text: string;
  type: string;
  modifiers: string[];
}

export function decodeTokens(data: number[], text: string, legend: { tokenTypes: string[]; tokenModifiers: string[] }): DecodedToken[] {
  const lines = text.split(/\r\n|\r|\n/);
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const [dLine, dChar, length, type, mods] = data.slice(i, i + 5);
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    const modifiers = legend.tokenModifiers.filter((_, bit) => mods & (1 << bit));
    out.push({ line, character, length, text: (lines[line] ?? '').slice(character, character + length), type: legend.tokenTypes[type], modifiers });
  }
  return out;
}
