import { describe, expect, it } from 'vitest';

import { foldConfusables } from './confusables.js';

describe('foldConfusables', () => {
  it('folds Cyrillic, Greek and full-width look-alikes to the ASCII letters they imitate', () => {
    expect(foldConfusables('Ateа')).toBe('Atea'); // Cyrillic а
    expect(foldConfusables('Мicrosoft Аzure')).toBe('Microsoft Azure'); // Cyrillic М and А
    expect(foldConfusables('Zοom')).toBe('Zoom'); // Greek ο
    expect(foldConfusables('Ｄropbox')).toBe('Dropbox'); // full width
    expect(foldConfusables('тieto')).toBe('tieto'); // Cyrillic т, whose prototype is the small capital ᴛ
  });

  it('drops accents, folds letters with strokes, and leaves ASCII alone', () => {
    expect(foldConfusables('Lönia Ärendehuset Ørsted Łódź Straße')).toBe('Lonia Arendehuset Orsted Lodz Strasse');
    // TR39 would fold these; in typed names they are different letters.
    expect(foldConfusables('rn m 0 O 1 l I')).toBe('rn m 0 O 1 l I');
  });
});
