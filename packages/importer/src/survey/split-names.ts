/**
 * Splitting a survey cell that names several services or suppliers: names are separated by `;`,
 * `,`, `/`, newlines, or the words " och " and " and ". A separator inside parentheses does not
 * split ("Visma (Lön, HR)" stays one name). Empty pieces are dropped; repeats are kept once.
 * O(length of the cell).
 */
const WORD_SEPARATORS = /\s+(?:och|and)\s+/giu;

export function splitNames(cell: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  const flush = () => {
    for (const piece of current.split(WORD_SEPARATORS)) {
      const name = piece.replace(/\s+/g, ' ').trim();
      if (name !== '' && !names.includes(name)) names.push(name);
    }
    current = '';
  };
  for (const char of cell) {
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    if (depth === 0 && (char === ';' || char === ',' || char === '/' || char === '\n' || char === '\r')) flush();
    else current += char;
  }
  flush();
  return names;
}
