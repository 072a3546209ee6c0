export type { BrokenFile, Catalog } from './types';
