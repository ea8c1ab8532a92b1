/**
 * What the commands share before they run: reading <input>, and the options several commands take
 * (scenario, outage duration, consequence rules, engine, Neo4j, output format) with the parsers
 * of their values. Light to load (every command loads it): what only one command needs (the CPV
 * and node-kind parsers) is imported by that command from its own file, and the consequence rules
 * reader and the Neo4j driver are imported when they are used.
 */
export { accept, INPUT_DESCRIPTION, loadEngine, loadInput, printNotes, type LoadedEngine } from './input.js';
export { addScenarioOptions, scenarioSpec, type ScenarioOptions } from './scenario.js';
export { durationOption, parseDurationList, parseDurationOption } from './duration.js';
export { loadConsequenceModel, rulesOption, RULES_OPTION_HELP } from './rules.js';
export { addEngineOption, ENGINES, inputFor, refuseInput, type EngineName, type EngineOptions } from './engine.js';
export { addNeo4jOptions, describeTarget, neo4jTarget, type Neo4jOptions } from './neo4j.js';
export { EXPORT_FORMATS, formatOption, resolveFormat, type ExportFormat } from './format.js';
export {
  parseAlternativeShare,
  parseCount,
  parseGeneratorSeed,
  parseMean,
  parsePort,
  parseProbability,
  parseShare,
  parseSimulationSeed,
  parseThreshold,
} from './numbers.js';
export { assumeRequest, assumeUnknownOption, refuseAssumeInDatabase, type AssumeRequest } from './assume-unknown.js';
