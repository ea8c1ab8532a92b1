export { expandScenario, expandScenarioIn, isEmptySpec, type Scenario, type ScenarioSpec } from './scenario.js';
