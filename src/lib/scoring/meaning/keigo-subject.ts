import type { Token } from '../../morph';

/** Who does what a predicate says: us (the company, the agent), the customer, a thing, or unsaid. */
export type Doer = 'us' | 'customer' | 'thing' | 'none';

/** Words for our side, as a subject: 弊社が, 担当者は, 倉庫の方で, 私から. */
const US = new Set([
	'弊社',
	'当社',
	'弊店',
	'当店',
	'当方',
	'私',
	'わたし',
	'わたくし',
	'私ども',
	'私共',
	'わたしども',
	'私たち',
	'わたしたち',
	'我々',
	'担当',
	'担当者',
	'スタッフ',
	'社員',
	'店長',
	'上司',
	'倉庫',
	'開発',
	'開発部',
	'開発チーム',
	'部署',
	'窓口',
	'こちら',
	'係',
	'係員'
]);
const PERSON_END = /(?:様|さま|さん|殿|自身|本人)$/;
const CUSTOMER = new Set([
	'お客',
	'お客様',
	'お客さま',
	'あなた',
	'皆様',
	'皆さま',
	'御社',
	'貴社'
]);

const isBoundary = (t: Token) => /[。！？!?\n]/.test(t.surface);
const isClauseEnd = (t: Token) =>
	t.surface === '、' ||
	(t.pos === '助詞' && t.detail === '接続助詞') ||
	(t.pos === '助動詞' && (t.basic === 'ず' || t.basic === 'ぬ'));

/**
 * The doer of the predicate at `at`: the nearest subject before it in its sentence (a noun
 * before が, は, も, or our side before で, から; a noun before の that opens a clause, as in
 * お客様のおっしゃる). `own` holds our agent's name parts, which are us too.
 */
export function doerOf(
	tokens: readonly Token[],
	at: number,
	own: readonly string[] = [],
	{ clause = false }: { clause?: boolean } = {}
): Doer {
	for (let i = at - 1; i > 0; i--) {
		const t = tokens[i]!;
		if (isBoundary(t)) return 'none';
		// With `clause`, only a subject of this clause counts: 処理が進まず、困っていらっしゃる is the customer.
		if (clause && i < at - 1 && isClauseEnd(t)) return 'none';
		if (t.pos !== '助詞') continue;
		const marks =
			((t.surface === 'が' || t.surface === 'は' || t.surface === 'も') &&
				t.detail !== '接続助詞') ||
			t.surface === 'で' ||
			t.surface === 'から' ||
			(t.surface === 'の' && tokens[i + 1]?.pos === '動詞');
		if (!marks) continue;
		const noun = nounBefore(tokens, i);
		if (!noun) continue;
		const kind = classify(noun, own);
		// で and から mark a subject only for our side (弊社で確認, 担当から連絡); otherwise a place or means.
		if ((t.surface === 'で' || t.surface === 'から') && kind !== 'us') continue;
		return kind;
	}
	return 'none';
}

/** The noun phrase right before a particle; "X の方" counts as X (担当の方で). */
function nounBefore(tokens: readonly Token[], particle: number): string {
	let end = particle;
	if (tokens[end - 1]?.surface === '方' && tokens[end - 2]?.surface === 'の') end -= 2;
	let start = end;
	while (start > 0 && start > end - 4 && /^(?:名詞|接頭詞)$/.test(tokens[start - 1]!.pos)) start--;
	return tokens
		.slice(start, end)
		.map((t) => t.surface)
		.join('');
}

function classify(noun: string, own: readonly string[]): Doer {
	if (CUSTOMER.has(noun) || PERSON_END.test(noun)) return 'customer';
	for (const word of US) if (noun.endsWith(word) || noun.startsWith(word)) return 'us';
	if (own.some((name) => name && noun.includes(name))) return 'us';
	return 'thing';
}
