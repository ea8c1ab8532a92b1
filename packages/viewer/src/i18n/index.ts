/** The viewer in Swedish and English: its catalogue, how the page's language is chosen, and words made from core's. */
export { LANGUAGE_NAMES, VIEWER_MESSAGES, type ViewerMessages } from './viewer-messages.js';
export { addressWithLang, pageLang, type LangSources } from './page-lang.js';
export { countryIn, scenarioIn, durationIn } from './words.js';
