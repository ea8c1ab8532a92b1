export { readConsequenceRules, type RulesResult } from './read-consequence-rules.js';
