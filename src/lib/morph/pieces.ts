import type { Token, Tokenize } from './types';

/**
 * Longest piece of text kuromoji is given at once. Its work on a sentence grows with the square
 * of the sentence's length (a 20,000-character run without punctuation took 17 s), so longer runs
 * are cut; a cut falls after punctuation, a line break or a space when the second half of the
 * piece has one, so that ordinary sentences are tokenized whole.
 */
export const MAX_PIECE = 256;

const BREAK = /[。、．，！？!?.,;:\s]/;

/**
 * What kuromoji throws on: U+0000 and a high surrogate with no low surrogate after it. Each is
 * replaced by U+FFFD, one code unit for one, so token offsets still index the text as given.
 */
const UNSAFE = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/g;

/** Tokenizes any text with a tokenizer that is only safe and fast on short, well-formed pieces. */
export function tokenizeInPieces(text: string, tokenizePiece: Tokenize): Token[] {
	const safe = text.replace(UNSAFE, '\uFFFD');
	const tokens: Token[] = [];
	for (let start = 0; start < safe.length;) {
		const end = cut(safe, start);
		for (const token of tokenizePiece(safe.slice(start, end)))
			tokens.push({ ...token, start: token.start + start, end: token.end + start });
		start = end;
	}
	return tokens;
}

/** Where the piece starting at `start` ends. */
function cut(text: string, start: number): number {
	const limit = start + MAX_PIECE;
	if (limit >= text.length) return text.length;
	for (let end = limit; end > start + MAX_PIECE / 2; end--)
		if (BREAK.test(text[end - 1]!)) return end;
	const last = text.charCodeAt(limit - 1);
	// Never between the two halves of a surrogate pair.
	return last >= 0xd800 && last <= 0xdbff ? limit - 1 : limit;
}
