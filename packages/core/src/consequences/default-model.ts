/**
 * The default consequence rules (the study's Tabell 6.4, in `default-rules.json`, each rule with
 * its source row) and the ready model built from them.
 */
import rules from './default-rules.json' with { type: 'json' };
import { createConsequenceModel, type ConsequenceModel } from './consequence-model.js';
import type { ConsequenceRules } from './types.js';

/** The default rules, as shipped in default-rules.json (checked when the model is built). */
export const DEFAULT_CONSEQUENCE_RULES: ConsequenceRules = rules as ConsequenceRules;

/** The model of the study's Tabell 6.4 rules (docs/consequences.md); `defaultConsequenceModel.rules` holds them. */
export const defaultConsequenceModel: ConsequenceModel = createConsequenceModel(DEFAULT_CONSEQUENCE_RULES);
