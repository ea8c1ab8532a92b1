/**
 * The languages Kedja speaks to people: Swedish and English. Machine output (JSON) is always
 * English; what a person reads (the CLI's human output, the reports, the viewer) is in the chosen
 * language: the `--lang` option, else `KEDJA_LANG`, else the locale (Swedish when it is Swedish,
 * English otherwise). O(1).
 */
export const LANGS = ['sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** The language a value names (`sv`, `sv-SE`, `sv_SE.UTF-8`, `en`, `en-GB` ...), or null. */
export function parseLang(value: string | undefined | null): Lang | null {
  if (!value) return null;
  const primary = value
    .trim()
    .toLowerCase()
    .split(/[-_.@]/)[0];
  return (LANGS as readonly string[]).includes(primary ?? '') ? (primary as Lang) : null;
}

/**
 * The language to speak: the first of `option` (an explicit choice), `env` (KEDJA_LANG) and
 * `locale` (LC_ALL, LC_MESSAGES, LANG or the runtime's locale) that names one of Kedja's languages;
 * English when none does. An explicit `option` that names no language is the caller's usage error
 * (see `parseLang`); here it is passed over.
 */
export function chooseLang(sources: {
  option?: string | null;
  env?: string | null;
  locale?: readonly (string | null | undefined)[];
}): Lang {
  return (
    parseLang(sources.option) ??
    parseLang(sources.env) ??
    (sources.locale ?? []).map(parseLang).find((lang) => lang !== null) ??
    'en'
  );
}

/** The BCP 47 tag for `Intl` and `<html lang>`. */
export const LOCALES: Record<Lang, string> = { sv: 'sv-SE', en: 'en-GB' };
