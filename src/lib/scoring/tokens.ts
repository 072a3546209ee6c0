import type { Token } from '../morph';
import { TOKEN_FIELDS as FIELDS, type TokenPattern } from '../rubric';

function fits(token: Token, pattern: TokenPattern): boolean {
	return FIELDS.every((field) => !pattern[field] || pattern[field]!.includes(token[field]));
}

/** Every place where `sequence` matches `tokens`, as spans of the tokenized text. */
export function matchSequence(
	tokens: readonly Token[],
	sequence: readonly TokenPattern[]
): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	if (!sequence.length) return out;
	for (let i = 0; i < tokens.length; i++) {
		if (!fits(tokens[i]!, sequence[0]!)) continue;
		let at = i;
		let ok = true;
		for (let s = 1; s < sequence.length && ok; s++) {
			const step = sequence[s]!;
			ok = false;
			for (let k = at + 1; k <= Math.min(tokens.length - 1, at + 1 + (step.gap ?? 0)); k++) {
				if (fits(tokens[k]!, step)) {
					at = k;
					ok = true;
					break;
				}
			}
		}
		if (ok) {
			out.push({ start: tokens[i]!.start, end: tokens[at]!.end });
			i = at;
		}
	}
	return out;
}
