import type { Localized } from '../../rubric';
import type { Match } from '../finders';
import type { Prepared, Span } from '../text';

/**
 * One thing said to be done and also still to do: "your account is unlocked now" and "send me the
 * code so I can unlock it"; 解約は完了しております and 解約手続きはまだ行われておりません. Whatever
 * the words, a reply that says both leaves the customer unable to tell where things stand. A thing
 * is the action (en: the verb, ja: the nouns of the clause), so that "refunded" and "the refund
 * will reach your card" (another action) or a part and the rest ("the remaining 1,450") stay apart.
 */

interface Claim extends Span {
	keys: string[];
	kind: 'done' | 'pending' | 'future';
	/** "already", もう, すでに: said as settled beyond doubt, so even a plain "will" contradicts it. */
	settled: boolean;
	/**
	 * A done claim about now ("I've activated it", "is now fixed"), or a pending one about before
	 * ("it wasn't activated"): together they tell what happened and how it was put right.
	 */
	now?: boolean;
	before?: boolean;
}

const MESSAGE: Localized = {
	en: 'The reply says this is done and also that it is still to do, so the customer cannot tell where things stand. Say once what has happened and what is still to come.',
	ja: '同じ事柄を「済んだ」とも「これから」とも書いており、お客様は現状が分かりません。済んだことと、これからのことを一度ずつ書き分けましょう。'
};

export function findDoneAndPending(p: Prepared): Match[] {
	const body = p.norm.slice(0, p.signatureStart);
	const claims = p.locale === 'en' ? claimsEn(body) : claimsJa(body);
	const done = claims.filter((c) => c.kind === 'done');
	for (const d of done) {
		for (const o of claims) {
			if (o.kind === 'done') continue;
			if (o.kind === 'future' && !d.settled) continue;
			if (d.now && o.before) continue;
			if (o.start < d.end && d.start < o.end) continue;
			if (!d.keys.some((k) => o.keys.some((l) => sameKey(k, l)))) continue;
			const [a, b] = [d, o].sort((x, y) => x.start - y.start);
			return [
				{ start: a!.start, end: a!.end, message: MESSAGE, points: 0 },
				{ start: b!.start, end: b!.end, message: MESSAGE }
			];
		}
	}
	return [];
}

function sameKey(a: string, b: string): boolean {
	if (a === b) return true;
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	if (THING_OF.test(long.slice(short.length))) return false;
	return short.length >= (/^[a-z]/.test(short) ? 4 : 2) && long.startsWith(short);
}

/** 修正 and 修正版, 交換 and 交換品: the work and the thing it makes are two things. */
const THING_OF = /^(?:版|品|書|票|額|日|先|者)$/;

// ---- English: the verb of a statement, and whether it says done, not yet, or later.

/** Irregular forms and the stages of one action (sent = shipped = dispatched). */
const LEMMA: Record<string, string> = {
	sent: 'ship',
	send: 'ship',
	sended: 'ship',
	ship: 'ship',
	dispatch: 'ship',
	post: 'ship',
	mail: 'ship',
	paid: 'pay',
	made: 'make',
	gave: 'give',
	given: 'give',
	built: 'build',
	left: 'ship',
	leave: 'ship',
	done: 'do',
	fix: 'fix',
	resolv: 'fix',
	repair: 'fix',
	// A refund "processed" and "issued" is one step said two ways.
	process: 'issu',
	issu: 'issu',
	reinstat: 'restor',
	reactivat: 'unlock'
};

/** Verbs that say nothing about the customer's case being done ("we're based", "I'm pleased"). */
const NOT_ACTIONS = new Set([
	'bas',
	'locat',
	'pleas',
	'happ',
	'sorr',
	'concern',
	'interest',
	'sur',
	'abl',
	'glad',
	'us',
	'suppos',
	'expect',
	'schedul',
	'plann',
	'plan',
	'aw',
	'charg',
	'affect',
	'need',
	'requir',
	'ask',
	'want',
	'tr',
	'check',
	'see',
	'look',
	'contact',
	'let',
	'get',
	'go',
	'been',
	'be',
	'do',
	'still',
	'also',
	'not',
	'now',
	'just',
	'already'
]);

function lemma(word: string): string {
	const w = word.toLowerCase();
	if (LEMMA[w]) return LEMMA[w]!;
	let s = w
		.replace(/ied$/, 'y')
		.replace(/(?:ed|ing|es|s)$/, '')
		.replace(/e$/, '');
	if (/([bdgklmnprt])\1$/.test(s)) s = s.slice(0, -1);
	return LEMMA[s] ?? s;
}

const MARK = String.raw`(?:(?:now|already|just|also|actually|all|successfully|fully)\s+)*`;
const PAST = String.raw`(\w+ed|sent|send|paid|made|given|built|left(?! waiting| without| you| me| us| him| her| them)|done|reset|put|set|unlock|back)`;

/** Statements that something has happened. */
const DONE_EN: RegExp[] = [
	new RegExp(
		String.raw`\b(?:has|have|had|is|are|was|were|'s|'ve)\s+${MARK}(?:been\s+)?${MARK}${PAST}\b`,
		'g'
	),
	new RegExp(String.raw`\b(?:i|we)\s+${MARK}(\w+ed|sent|paid|made|gave|reset|put|set)\b`, 'g'),
	new RegExp(String.raw`\balready\s+(\w+ed|sent|paid|made|given|reset|put|set|done)\b`, 'g')
];

/** Statements that it has not happened, or will only happen after something else. */
const PENDING_EN: RegExp[] = [
	/\b(?:has|have|had|is|are|was|were|did)(?:n't|\s+not)\s+(?:yet\s+|actually\s+|really\s+)*(?:been\s+)?(\w+)/g,
	/\bnever\s+(?:actually\s+|really\s+)?(\w+ed|left|sent|made|paid|got)\b/g,
	/\byet to\s+(?:be\s+)?(\w+)/g,
	/\b(?:so|so that|before|in order that)\s+(?:i|we)\s+can\s+(\w+)/g,
	/\b(?:cannot|can't|can not|unable to|not able to)\s+(?:be\s+)?(\w+)\b[^.;!?\n]{0,60}?\b(?:until|before|unless)\b/g,
	/\b(?:will|'ll)\s+(?:only\s+)?(?:be\s+)?(\w+)\b[^.;!?\n]{0,60}?\b(?:once|after|as soon as|until|when (?:we|you|i|our|the))\b/g,
	/\b(?:once|after|as soon as)\b[^.;!?\n]{0,80}?\b(?:will|'ll)\s+(?:be\s+)?(\w+)/g
];

/** Plain statements that it will happen: a clash only with something said to be done already. */
const FUTURE_EN: RegExp[] = [/\b(?:will|'ll)\s+(?:be\s+)?(?!be\b)(\w+)/g];

/** "I've sent you an email", "sent Parcelwise a redirect request": a message, not the goods. */
const MESSAGE_SENT =
	/^(?:\s+[\w'-]+){0,3}?\s+(?:requests?|e-?mails?|messages?|links?|codes?|labels?|notes?|forms?|reminders?|confirmations?|details|updates?|numbers?|instructions|photos?)\b/;
const HEDGE_EN =
	/\b(?:if|unless|in case|whether|should it|once|when|as soon as|after|until|by the time)\b[^.;!?\n]*$/;
/** "The remaining 1,450", "the other item": a part and the rest are two things, not one. */
const PART_EN =
	/\b(?:wrong|rest|remaining|remainder|other|another|second|new|old|original|partial|part)\b/;
const SETTLED_EN = /\b(?:already|now)\b/;
const NOW_EN = /^(?:has|have|'ve|is|are|'s)\b|\bnow\b/;
const BEFORE_EN = /^(?:was|were|did|had)(?:n't|\s+not)\b/;

function claimsEn(body: string): Claim[] {
	const out: Claim[] = [];
	const read = (rules: RegExp[], kind: Claim['kind']) => {
		for (const re of rules) {
			re.lastIndex = 0;
			for (let m = re.exec(body); m; m = re.exec(body)) {
				const word = m[1];
				if (!word) continue;
				const key = lemma(word);
				if (key.length < 3 || NOT_ACTIONS.has(key)) continue;
				const start = m.index;
				const end = m.index + m[0].length;
				if (key === 'ship' && MESSAGE_SENT.test(body.slice(end, end + 40))) continue;
				const sentence = sentenceOf(body, start);
				const before = body.slice(sentence.start, start);
				if (/\?\s*$/.test(body.slice(sentence.start, sentence.end))) continue;
				if (kind === 'done' && HEDGE_EN.test(before)) continue;
				if (kind !== 'done' && /\b(?:if|unless|in case)\b/.test(before)) continue;
				if (PART_EN.test(body.slice(sentence.start, sentence.end))) continue;
				out.push({
					start,
					end,
					keys: [key],
					kind,
					settled: SETTLED_EN.test(m[0]) || /\balready\b/.test(before),
					now: kind === 'done' && NOW_EN.test(m[0]),
					before: kind === 'pending' && BEFORE_EN.test(m[0])
				});
			}
		}
	};
	read(DONE_EN, 'done');
	read(PENDING_EN, 'pending');
	read(FUTURE_EN, 'future');
	return out;
}

// ---- Japanese: the nouns of a clause, and whether the clause says done, not yet, or planned.

const CLAUSE_JA = /[^。！？!?\n]+/g;
const DONE_JA =
	/(?:完了(?!の)|済み|済ん|済ませ|いたしました|しました|されました|なりました|ました)(?!ら)/;
/** 確定しておりませんでした: how things stood before, told with what was done since, not a clash. */
const WAS_NOT_JA = /(?:ませんでした|ていなかった|でいなかった)/;
/** 発生しております: a state, a clash only with the same verb denied (発生していない). */
const STATE_JA =
	/([\p{Script=Han}\p{Script=Katakana}ー]{2,})(?:して|されて|いたして)(?:おります|います|いる)/u;
const NOT_YET_JA =
	/(?:まだ|未(?=[\p{Script=Han}])|前(?:に|の|です|でございます)|予定|待ち|これから|(?:て|で)(?:おり|い)?ません|ていない|ておらず)/u;
const HEDGE_JA = /(?:場合|たら|れば|なら|ようでしたら|かもしれ|でしょうか|ますか|ませんか)/;
/** An apology or thanks names the trouble ("the refund is late"), not where things stand. */
const FEELING_JA =
	/(?:申し訳|お詫び|詫び|迷惑|ご心配|ご不安|恐縮|すみません|ごめん|ありがとう|残念)/;
/** 処理漏れで止まっていました: what went wrong, not an action done. */
const TROUBLE_JA = /(?:漏れ|もれ|遅れ|止ま|とま|ミス|誤|不具合|しまい|忘れ)/;
const SETTLED_JA = /(?:すでに|既に|もう)/;
/** A noun as what the clause is about: topic, subject, owner, or the action itself (公開済み, 再発行され). */
const KEY_JA =
	/([\p{Script=Han}\p{Script=Katakana}ー]{2,})(?=(?:手続き|手続)?(?:は|が|の|も|に(?:は|つ))|済|完了|予定|待ち|され|して|いたし|しま|でき)/gu;
/** Nouns every clause of a reply may hold: time words, the case as a whole, courtesy. */
const COMMON_JA = new Set([
	'本日',
	'明日',
	'今日',
	'昨日',
	'現在',
	'確認',
	'対応',
	'手続',
	'処理',
	'完了',
	'当社',
	'弊社',
	'担当',
	'担当者',
	'連絡',
	'案内',
	'今回',
	'件',
	'注文',
	'客様'
]);
/** 残り, 一部, 新しい: a part and the rest, the old and the new, are two things. */
const PART_JA = /(?:残り|一部|うち|新しい|新た|別の|もう一|古い|元の|旧|以降|今後|次回)/;

function claimsJa(body: string): Claim[] {
	const out: Claim[] = [];
	CLAUSE_JA.lastIndex = 0;
	for (let c = CLAUSE_JA.exec(body); c; c = CLAUSE_JA.exec(body)) {
		const sentence = c[0];
		// Clauses joined by が、ので、けど or opened by ただ、なお are separate statements.
		const cut = /(?:が|ので|けど|けれど|ものの|て|で|し)、|(?:ただ|なお|でも|ですが|しかし)、?/g;
		let from = 0;
		const pieces: Span[] = [];
		for (let m = cut.exec(sentence); m; m = cut.exec(sentence)) {
			pieces.push({ start: from, end: m.index + m[0].length });
			from = m.index + m[0].length;
		}
		pieces.push({ start: from, end: sentence.length });
		for (const piece of pieces) {
			const part = sentence.slice(piece.start, piece.end);
			if (part.length < 4 || HEDGE_JA.test(part) || PART_JA.test(part) || FEELING_JA.test(part))
				continue;
			if (WAS_NOT_JA.test(part)) continue;
			const notYet = NOT_YET_JA.test(part);
			const state = STATE_JA.exec(part);
			const done = !TROUBLE_JA.test(part) && (DONE_JA.test(part) || state !== null);
			const kind = notYet ? 'pending' : done ? 'done' : undefined;
			if (!kind) continue;
			const keys =
				kind === 'done' && !DONE_JA.test(part)
					? [state![1]!]
					: [...part.matchAll(KEY_JA)].map((k) => k[1]!.replace(/^[ごお]/, ''));
			const kept = keys.filter((k) => k.length >= 2 && !COMMON_JA.has(k));
			if (!kept.length) continue;
			out.push({
				start: c.index + piece.start,
				end: c.index + piece.end,
				keys: kept,
				kind,
				settled: SETTLED_JA.test(part)
			});
		}
	}
	return out;
}

function sentenceOf(body: string, at: number): Span {
	let start = at;
	while (start > 0 && !/[.!?\n]/.test(body[start - 1]!)) start--;
	let end = at;
	while (end < body.length && !/[.!?\n]/.test(body[end]!)) end++;
	return { start, end: Math.min(body.length, end + 1) };
}
