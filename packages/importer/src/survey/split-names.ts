/**
 * Splitting a survey cell that names several services or suppliers: names are separated by `;`,
 * `,`, `/`, newlines, or the words " och " and " and ". A separator inside parentheses does not
 * split ("Visma (Lön, HR)" stays one name), nor does a slash between two single letters ("n/a",
 * "A/S"). Empty pieces are dropped; repeats are kept once.
 * O(length of the cell).
 */
const WORD_SEPARATORS = /\s+(?:och|and)\s+/giu;

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);

/** A slash between two single letters ("n/a", "A/S") is part of the name. */
const betweenLetters = (chars: readonly string[], i: number) =>
  isLetter(chars[i - 1]) && !isLetter(chars[i - 2]) && isLetter(chars[i + 1]) && !isLetter(chars[i + 2]);

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
  const chars = [...cell];
  chars.forEach((char, i) => {
    if (char === '(' || char === '[') depth++;
    else if ((char === ')' || char === ']') && depth > 0) depth--;
    const separator =
      char === ';' || char === ',' || char === '\n' || char === '\r' || (char === '/' && !betweenLetters(chars, i));
    if (depth === 0 && separator) flush();
    else current += char;
  });
  flush();
  return names;
}
