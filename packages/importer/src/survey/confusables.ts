/**
 * Folding look-alike characters to the letters they imitate, so that "Ateа" written with a
 * Cyrillic а, "Gοogle" with a Greek ο or "Ｄropbox" in full width is the name it looks like and
 * never a new supplier. This is the skeleton of Unicode Technical Standard #39 (Unicode Security
 * Mechanisms, section 4, "Confusable Detection": decompose, map each character to its prototype
 * in confusables.txt, decompose again), with the mapping table of unhomoglyph, and two
 * differences for names typed on a keyboard: characters in ASCII are left alone (TR39 also folds
 * "rn" to "m", "0" to "O" and "1" to "l", which in names are different letters), and a character
 * whose prototype is not ASCII is tried in its other case (the prototype of Cyrillic т is the
 * small capital ᴛ, that of Т is T). Marks are dropped, so "Lönia" folds to "Lonia"; a character
 * with no ASCII look-alike ("ß" aside, which becomes "ss") is kept. O(length of the text), each
 * distinct character mapped once.
 * Reference: https://www.unicode.org/reports/tr39/#Confusable_Detection;
 * unhomoglyph (github.com/nodeca/unhomoglyph), generated from confusables.txt.
 */
import unhomoglyph from 'unhomoglyph';

const MARKS = /\p{M}+/gu;
const ASCII = /^[\u0020-\u007e]*$/;

/** Decomposed, without marks. */
const bare = (text: string) => text.normalize('NFKD').replace(MARKS, '');

const folded = new Map<string, string>();

/** The ASCII look-alike of one character outside ASCII, or the character itself. */
function foldCharacter(char: string): string {
  let result = folded.get(char);
  if (result === undefined) {
    result = char;
    for (const form of [char, char.toUpperCase(), char.toLowerCase()]) {
      const prototype = bare(unhomoglyph(form));
      if (prototype !== '' && ASCII.test(prototype)) {
        result = form === char ? prototype : prototype.toLowerCase();
        break;
      }
    }
    folded.set(char, result);
  }
  return result;
}

/** The text with marks dropped and every look-alike character folded to ASCII (case kept where it can be). */
export function foldConfusables(text: string): string {
  const plain = bare(text);
  if (ASCII.test(plain)) return plain;
  let out = '';
  for (const char of plain) out += char.charCodeAt(0) < 0x80 ? char : foldCharacter(char);
  return out;
}
