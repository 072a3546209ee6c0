/// <reference lib="webworker" />
// Tokenizes Japanese replies off the main thread. The dictionary (about 18 MB) loads once, on the
// first request, from this site's own `kuromoji/` folder; until then the page scores without it.
import DynamicDictionaries from 'kuromoji/src/dict/DynamicDictionaries.js';
import Tokenizer from 'kuromoji/src/Tokenizer.js';
import { toTokens } from './convert';
import { tokenizeInPieces } from './pieces';
import type { Tokenize } from './types';

export type MorphRequest = { id: number; text: string; dictionary: string };
export type MorphResponse =
	{ id: number; tokens: ReturnType<Tokenize> } | { id: number; error: string };

let tokenizer: Promise<Tokenize> | undefined;

async function gunzip(buffer: ArrayBuffer): Promise<ArrayBuffer> {
	const bytes = new Uint8Array(buffer);
	// Some hosts send .gz files with Content-Encoding: gzip, so the browser has already inflated them.
	if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return buffer;
	const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
	return new Response(stream).arrayBuffer();
}

/** Loads the 12 dictionary files the way kuromoji's own loader does, with fetch instead of Node's path. */
async function load(dictionary: string): Promise<Tokenize> {
	const root = dictionary.endsWith('/') ? dictionary : `${dictionary}/`;
	const files = [
		'base',
		'check',
		'tid',
		'tid_pos',
		'tid_map',
		'cc',
		'unk',
		'unk_pos',
		'unk_map',
		'unk_char',
		'unk_compat',
		'unk_invoke'
	];
	const buffers = await Promise.all(
		files.map(async (name) => {
			const response = await fetch(`${root}${name}.dat.gz`);
			if (!response.ok) throw new Error(`${root}${name}.dat.gz: ${response.status}`);
			return gunzip(await response.arrayBuffer());
		})
	);
	const [base, check, tid, tidPos, tidMap, cc, unk, unkPos, unkMap, unkChar, unkCompat, unkInvoke] =
		buffers as ArrayBuffer[];
	const dic = new DynamicDictionaries();
	dic.loadTrie(new Int32Array(base!), new Int32Array(check!));
	dic.loadTokenInfoDictionaries(
		new Uint8Array(tid!),
		new Uint8Array(tidPos!),
		new Uint8Array(tidMap!)
	);
	dic.loadConnectionCosts(new Int16Array(cc!));
	dic.loadUnknownDictionaries(
		new Uint8Array(unk!),
		new Uint8Array(unkPos!),
		new Uint8Array(unkMap!),
		new Uint8Array(unkChar!),
		new Uint32Array(unkCompat!),
		new Uint8Array(unkInvoke!)
	);
	const tokenizer = new Tokenizer(dic);
	return (text) => tokenizeInPieces(text, (piece) => toTokens(tokenizer.tokenize(piece)));
}

self.onmessage = async (event: MessageEvent<MorphRequest>) => {
	const { id, text, dictionary } = event.data;
	try {
		tokenizer ??= load(dictionary);
		const tokenize = await tokenizer;
		self.postMessage({ id, tokens: tokenize(text) } satisfies MorphResponse);
	} catch (error) {
		tokenizer = undefined;
		self.postMessage({ id, error: (error as Error).message } satisfies MorphResponse);
	}
};
