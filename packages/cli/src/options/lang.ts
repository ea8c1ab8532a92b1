/**
 * `--lang sv|en`: the language of what a person reads (human output, reports). JSON stays English:
 * it is the machine interface. Without the option: `KEDJA_LANG`, then the locale (`LC_ALL`,
 * `LC_MESSAGES`, `LANG`), then English. O(1).
 */
import { chooseLang, LANGS, type Lang } from '@kedja/core/i18n';
import { Option } from 'commander';

export function langOption(): Option {
  return new Option(
    '--lang <lang>',
    'language of the output for people: sv or en (default: KEDJA_LANG, else the locale)',
  ).choices(LANGS);
}

/** The language to use, from the option, the environment and the locale. */
export function resolveLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  return chooseLang({ option, env: env.KEDJA_LANG, locale: [env.LC_ALL, env.LC_MESSAGES, env.LANG] });
}
