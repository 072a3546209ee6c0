import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import kuromoji from 'kuromoji';
import { toTokens } from './convert';
import { tokenizeInPieces } from './pieces';
import type { Tokenize } from './types';

let loading: Promise<Tokenize> | undefined;

/** The dictionary shipped in the kuromoji package (IPADIC, 12 gzipped files). */
export function dictionaryPath(): string {
	return join(dirname(createRequire(import.meta.url).resolve('kuromoji/package.json')), 'dict');
}

/** Loads kuromoji once per process (about a second), for the CLI, benchmarks and tests. */
export function loadTokenizer(): Promise<Tokenize> {
	loading ??= new Promise((resolve, reject) => {
		kuromoji.builder({ dicPath: dictionaryPath() }).build((error, tokenizer) => {
			if (error) reject(error);
			else
				resolve((text) => tokenizeInPieces(text, (piece) => toTokens(tokenizer.tokenize(piece))));
		});
	});
	return loading;
}
