export { parseRubric, type RubricParse } from './parse';
export * from './types';
