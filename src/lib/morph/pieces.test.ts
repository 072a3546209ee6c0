import Tokenizer from 'kuromoji/src/Tokenizer.js';
import { describe, expect, it, vi } from 'vitest';
import { loadTokenizer } from './node';
import { MAX_PIECE, tokenizeInPieces } from './pieces';
import type { Token } from './types';

/** A stand-in tokenizer: one token per character, recording each piece it is given. */
function recording() {
	const pieces: string[] = [];
	const tokenize = (piece: string): Token[] => {
		pieces.push(piece);
		let at = 0;
		return [...piece].map((surface) => {
			at += surface.length;
			return {
				surface,
				pos: '名詞',
				detail: '*',
				basic: surface,
				form: '*',
				start: at - surface.length,
				end: at
			};
		});
	};
	return { pieces, tokenize };
}

/** The tokens cover the text exactly, in order, with no gap or overlap. */
function expectCover(tokens: Token[], text: string): void {
	let at = 0;
	for (const t of tokens) {
		expect(t.start).toBe(at);
		expect(t.end).toBeGreaterThan(t.start);
		at = t.end;
	}
	expect(at).toBe(text.length);
}

describe('tokenizeInPieces', () => {
	it('cuts a long run into pieces no longer than MAX_PIECE and shifts the offsets back', () => {
		const text = 'あ'.repeat(MAX_PIECE * 3 + 7);
		const { pieces, tokenize } = recording();
		const tokens = tokenizeInPieces(text, tokenize);
		expect(pieces.join('')).toBe(text);
		expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(MAX_PIECE);
		expectCover(tokens, text);
	});

	it('cuts after punctuation or a space when the piece has one in its second half', () => {
		const sentence = `${'い'.repeat(MAX_PIECE - 10)}。`;
		const { pieces, tokenize } = recording();
		tokenizeInPieces(sentence.repeat(3), tokenize);
		expect(pieces).toEqual([sentence, sentence, sentence]);
	});

	it('never cuts between the halves of a surrogate pair', () => {
		const text = `${'a'.repeat(MAX_PIECE - 1)}😀${'b'.repeat(10)}`.replace(/a/g, 'あ');
		const { pieces, tokenize } = recording();
		tokenizeInPieces(text, tokenize);
		expect(pieces[0]!.length).toBe(MAX_PIECE - 1);
		expect(pieces[1]!.startsWith('😀')).toBe(true);
	});

	it('replaces U+0000 and lone high surrogates one for one, so offsets still fit the text', () => {
		const text = 'あ\u0000い\ud800う\ud83d\ude00';
		const { pieces, tokenize } = recording();
		expectCover(tokenizeInPieces(text, tokenize), text);
		expect(pieces).toEqual(['あ\ufffdい\ufffdう\ud83d\ude00']);
	});
});

describe('the Node tokenizer', () => {
	it('gives kuromoji no piece longer than MAX_PIECE, and its tokens cover the text', async () => {
		const tokenize = await loadTokenizer();
		const spy = vi.spyOn(Tokenizer.prototype, 'tokenize');
		try {
			const text = `お問い合わせ${'あ'.repeat(3000)}ありがとうございます`;
			expectCover(tokenize(text), text);
			const lengths = spy.mock.calls.map(([piece]) => piece.length);
			expect(lengths.length).toBeGreaterThan(1);
			expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_PIECE);
		} finally {
			spy.mockRestore();
		}
	}, 30_000);

	it.each([['\u0000'], ['あ\u0000い'], ['\ud800'], ['お\ud800\ud800待ち']])(
		'tokenizes %j without throwing',
		async (text) => {
			const tokenize = await loadTokenizer();
			expectCover(tokenize(text), text);
		},
		30_000
	);
});
