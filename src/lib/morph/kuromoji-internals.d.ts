// kuromoji's internal modules, used by the worker to load the dictionary with fetch.
declare module 'kuromoji/src/dict/DynamicDictionaries.js' {
	export default class DynamicDictionaries {
		loadTrie(base: Int32Array, check: Int32Array): void;
		loadTokenInfoDictionaries(info: Uint8Array, pos: Uint8Array, map: Uint8Array): void;
		loadConnectionCosts(cc: Int16Array): void;
		loadUnknownDictionaries(
			unk: Uint8Array,
			pos: Uint8Array,
			map: Uint8Array,
			chars: Uint8Array,
			compat: Uint32Array,
			invoke: Uint8Array
		): void;
	}
}
declare module 'kuromoji/src/Tokenizer.js' {
	import type { IpadicFeatures } from 'kuromoji';
	export default class Tokenizer {
		constructor(dic: unknown);
		tokenize(text: string): IpadicFeatures[];
	}
}
