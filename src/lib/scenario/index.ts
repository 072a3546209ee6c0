export { parseScenario, type ParseOptions, type ScenarioParse } from './parse';
export { scoringContext } from './context';
export * from './types';
