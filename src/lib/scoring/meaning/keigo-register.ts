import type { Token } from '../../morph';
import type { KeigoFinding } from './keigo-rules';

/** How a sentence ends: in です・ます, in a plain form, or in neither (a noun, a trailing clause). */
type Register = 'polite' | 'plain' | 'neutral';

const POLITE = new Set(['ます', 'です', 'ござる', 'くださる', 'ませ']);
const SKIP = /^(?:記号|フィラー)$/;
const SENTENCE_FINAL = new Set(['よ', 'ね', 'な', 'わ', 'ぞ', 'さ', 'か', 'の', 'かな', 'よね']);
/** Plain words that end a sentence: casual thanks and requests. */
const PLAIN_WORDS = new Set(['ありがとう', 'よろしく', 'ごめん', 'じゃん', 'っす']);

/** Plain forms with their です・ます form, for the corrections that need no conjugation table. */
const POLITE_OF: Record<string, string> = {
	だ: 'です',
	である: 'です',
	だった: 'でした',
	する: 'します',
	した: 'しました',
	ある: 'あります',
	あった: 'ありました',
	いる: 'います',
	いた: 'いました',
	なる: 'なります',
	なった: 'なりました',
	できる: 'できます',
	できた: 'できました',
	思う: '思います',
	わかる: 'わかります'
};

/**
 * The register of the sentence in tokens `from..to`, and the token where its final predicate
 * starts. Trailing punctuation and sentence-final particles (よ, ね) are looked through: くださいね
 * is polite, だよね is plain.
 */
export function sentenceRegister(
	tokens: readonly Token[],
	from: number,
	to: number
): { register: Register; at: number } {
	let end = to - 1;
	while (
		end >= from &&
		(SKIP.test(tokens[end]!.pos) ||
			(tokens[end]!.pos === '助詞' &&
				SENTENCE_FINAL.has(tokens[end]!.surface) &&
				tokens[end]!.detail.includes('終助詞')))
	)
		end--;
	if (end < from) return { register: 'neutral', at: -1 };
	let last = tokens[end]!;
	// A trailing clause (〜けど, 〜し, 〜て) takes the register of the predicate before it.
	if (
		last.pos === '助詞' &&
		last.detail === '接続助詞' &&
		/^(?:けど|けれど|し|て|から)$/.test(last.surface) &&
		end > from
	) {
		end--;
		last = tokens[end]!;
	}
	if (PLAIN_WORDS.has(last.surface)) return { register: 'plain', at: end };
	if (
		last.pos === '名詞' ||
		last.pos === '助詞' ||
		last.pos === '感動詞' ||
		last.pos === '副詞' ||
		last.pos === '接頭詞'
	)
		return { register: 'neutral', at: -1 };
	// The run of verbs and auxiliaries that makes the predicate.
	let start = end;
	while (start > from && /^(?:動詞|助動詞)$/.test(tokens[start - 1]!.pos)) start--;
	const head = tokens[start]!;
	const before = tokens[start - 1];
	// The noun the predicate is built on: 予定だ, 発送する.
	if (
		start > from &&
		before &&
		((head.pos === '助動詞' && /^(?:名詞|形容詞)$/.test(before.pos)) ||
			(head.basic === 'する' && before.detail === 'サ変接続'))
	)
		start--;
	for (let k = start; k <= end; k++)
		if (
			POLITE.has(tokens[k]!.basic) ||
			(tokens[k]!.surface === 'ん' && tokens[k - 1]?.basic === 'ます')
		)
			return { register: 'polite', at: start };
	if (/^(?:動詞|助動詞|形容詞)$/.test(last.pos)) return { register: 'plain', at: start };
	return { register: 'neutral', at: -1 };
}

/** A plain predicate's polite form when it is a common one; else the rule of thumb. */
export function politeForm(tokens: readonly Token[], at: number, end: number): string {
	const tail = tokens
		.slice(at, end)
		.filter((t) => !SKIP.test(t.pos))
		.map((t) => t.surface)
		.join('');
	for (const [plain, polite] of Object.entries(POLITE_OF))
		if (tail.endsWith(plain)) return tail.slice(0, tail.length - plain.length) + polite;
	return '';
}

/** A plain ending as a finding: the predicate's tokens and its polite form when known. */
export function registerFinding(tokens: readonly Token[], at: number, end: number): KeigoFinding {
	return {
		rule: 'register-drop',
		why: 'register-drop',
		from: at,
		to: end,
		fix: politeForm(tokens, at, end)
	};
}
