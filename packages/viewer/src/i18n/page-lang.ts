/**
 * The language of the page: `?lang=sv|en` in its address, else the one `kedja serve --lang` (or
 * KEDJA_LANG) chose, else the browser's languages in the reader's order, else English. A value
 * that names no language of Kedja's is passed over. Switching writes the choice into the address
 * (`history.replaceState`), so a reload or a shared link keeps it. Pure but for `pageAddress`; O(1).
 */
import { parseLang, type Lang } from '@kedja/core/i18n';

export interface LangSources {
  /** The address's query string (`?lang=sv&...`). */
  query?: string;
  /** What the server said (`lang` of api/dataset.json), when it said anything. */
  server?: string | null;
  /** The browser's languages, preferred first (`navigator.languages`). */
  browser?: readonly string[];
}

export function pageLang(sources: LangSources): Lang {
  return (
    parseLang(new URLSearchParams(sources.query ?? '').get('lang')) ??
    parseLang(sources.server) ??
    (sources.browser ?? []).map(parseLang).find((lang) => lang !== null) ??
    'en'
  );
}

/** The address `href` with `lang` in its query, the rest kept. */
export function addressWithLang(href: string, lang: Lang): string {
  const url = new URL(href);
  url.searchParams.set('lang', lang);
  return url.href;
}
