export { parsePack, parseRubric, type RubricOptions, type RubricParse } from './parse';
export type { PackSource } from './pack';
export * from './types';
