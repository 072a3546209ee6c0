import type { MorphRequest, MorphResponse } from './worker';
import type { Token } from './types';

/**
 * The page's handle on the tokenizer worker. Requests for text already tokenized are answered
 * from a small cache; a newer request for the same purpose supersedes older ones.
 */
export function createMorph(dictionary: string) {
	let worker: Worker | undefined;
	let next = 0;
	const pending = new Map<number, { resolve: (t: Token[]) => void; reject: (e: Error) => void }>();
	const cache = new Map<string, Token[]>();

	function start(): Worker {
		const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (event: MessageEvent<MorphResponse>) => {
			const request = pending.get(event.data.id);
			pending.delete(event.data.id);
			if (!request) return;
			if ('error' in event.data) request.reject(new Error(event.data.error));
			else request.resolve(event.data.tokens);
		};
		return w;
	}

	return {
		tokenize(text: string): Promise<Token[]> {
			const cached = cache.get(text);
			if (cached) return Promise.resolve(cached);
			worker ??= start();
			const id = ++next;
			return new Promise<Token[]>((resolve, reject) => {
				pending.set(id, { resolve, reject });
				worker!.postMessage({ id, text, dictionary } satisfies MorphRequest);
			}).then((tokens) => {
				if (cache.size > 20) cache.delete(cache.keys().next().value!);
				cache.set(text, tokens);
				return tokens;
			});
		},
		dispose() {
			worker?.terminate();
			worker = undefined;
		}
	};
}
