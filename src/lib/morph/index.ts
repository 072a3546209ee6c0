export type { Token, Tokenize } from './types';
