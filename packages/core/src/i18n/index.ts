/**
 * @kedja/core/i18n: Kedja in Swedish and English. The languages and how one is chosen, numbers
 * and lists in a language, message catalogues whose languages the compiler keeps in step, and the
 * words of core's concepts (consequence levels, organisation types, outage lengths).
 */
export { LANGS, LOCALES, chooseLang, parseLang, type Lang } from './lang.js';
export { countryNameIn, formatInteger, formatList, formatShare, plural } from './format.js';
export { catalogueKeys, messageAt, type Catalogue, type Message, type MessageTree } from './catalogue.js';
export { WORDS, durationWords, type Words } from './words.js';
export { catalogueProblems, sampleMessage } from './check-catalogue.js';
