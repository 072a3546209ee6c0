import type { Locale, Localized } from '../../rubric';
import { normalizePhrase } from '../compile';
import { sentenceAt, type Prepared, type Span } from '../text';
import type { ScoringContext } from '../types';
import { findAmounts } from './amounts';
import { findDates, type DateMention } from './calendar';
import { isKnownSum, knownFacts, nearestAmount, type Known, type KnownDate } from './known';
import { perMessage } from './per-message';
import { isAsserted, isDenied } from './statements';
import { topicNear, type Topic } from './topics';

export interface Finding extends Span {
	message: Localized;
	part?: string;
}

/** A date of the reply, what it is about, and whether the facts give it. */
export interface DatedStatement extends DateMention {
	topic: Topic;
	/** The facts' dates for the same thing (not those the facts rule out). */
	known: KnownDate[];
	/** The facts give this date for this thing, or a range that holds it. */
	supported: boolean;
}

/**
 * The reply's dates that state when something happens (above the signature, not past, not in a
 * condition or a question), each with the facts' dates for the same thing.
 */
export function datedStatements(p: Prepared, ctx: ScoringContext): DatedStatement[] {
	// Both finders read the same statements of one prepared reply.
	const cached = statementCache.get(p);
	if (cached?.facts === ctx.facts) return cached.statements;
	const statements = readStatements(p, ctx);
	statementCache.set(p, { facts: ctx.facts, statements });
	return statements;
}

const statementCache = new WeakMap<
	Prepared,
	{ facts: Record<string, string>; statements: DatedStatement[] }
>();

function readStatements(p: Prepared, ctx: ScoringContext): DatedStatement[] {
	const known = knownFacts(ctx.facts, p.locale);
	const body = p.norm.slice(0, p.signatureStart);
	const out: DatedStatement[] = [];
	for (const found of findDates(body, p.locale, known.today)) {
		const d = snapWeekday(found, known);
		if (d.to < known.now) continue;
		if (!isAsserted(p, d) || quotesCustomer(p, d, ctx)) continue;
		const sentence = sentenceAt(p, d.start);
		if (isPastEvent(p, d) || isDeadlineForCustomer(p, d)) continue;
		const topic = topicNear(p.norm, p.locale, sentence.start, sentence.end, d);
		if (!topic || topic === 'customer') continue;
		const same = known.dates.filter((k) => k.topic === topic && !k.ruledOut && k.to >= known.now);
		const supported = same.some((k) => d.from <= k.to && k.from <= d.to);
		out.push({ ...d, topic, known: same, supported });
	}
	return out;
}

const REQUEST: Record<Locale, RegExp> = {
	en: /\b(?:please|could you|can you|let (?:me|us) know|reply|confirm|call us)\b/,
	ja: /ください|くださいませ|お願い(?:いたし|し|申し上げ)ます|いただけ(?:ます|れば|ましたら)/
};

/** "Please reply by 17:00 on 3 December", 3日17時までにご返信ください: the customer's time, not ours. */
function isDeadlineForCustomer(p: Prepared, d: Span): boolean {
	const sentence = sentenceAt(p, d.start);
	if (!REQUEST[p.locale].test(p.norm.slice(sentence.start, sentence.end))) return false;
	if (p.locale === 'ja')
		return /^\s*(?:\d{1,2}[:：]\d\d|\d{1,2}時)?\s*まで/.test(p.norm.slice(d.end, d.end + 12));
	return /\b(?:by|before)\s+(?:\d{1,2}(?::\d\d)?\s?(?:am|pm)?\s+(?:on\s+)?)?$/.test(
		p.norm.slice(Math.max(0, d.start - 20), d.start)
	);
}

/** "Today it was relabelled", "I've refunded it today": what was done today is not a promise. */
function isPastEvent(p: Prepared, d: DateMention): boolean {
	if (d.relative && d.from > 0 && d.to > d.from) return false;
	const sentence = sentenceAt(p, d.start);
	const clause = p.norm.slice(sentence.start, sentence.end);
	return p.locale === 'en'
		? /\b(?:was|were|did|had|has been|have been|i've|we've|i have|we have|they've|it's been)\b|\b\w+ed (?:it|them|this|that|your)\b/.test(
				clause
			) && !/\b(?:will|'ll|going to|should|expected|due)\b/.test(clause)
		: /(?:いたしました|しました|されました|済み|完了しました|ました)(?:[。！!]|$)/.test(clause) &&
				!/予定|見込み|いたします|します|されます/.test(clause);
}

/** "Tuesday" in a reply about a fix planned for Tuesday 15 December means that Tuesday. */
function snapWeekday(d: DateMention, known: Known): DateMention {
	if (d.weekday === undefined) return d;
	const same = known.dates.find(
		(k) =>
			k.from === k.to &&
			k.from >= known.now &&
			k.from - known.now < 28 &&
			(k.from + 4) % 7 === d.weekday
	);
	return same ? { ...d, from: same.from, to: same.to } : d;
}

/** Words the customer wrote, taken up in the reply ("you need it by Friday"), are theirs, not a promise. */
function quotesCustomer(p: Prepared, span: Span, ctx: ScoringContext): boolean {
	const message = ctx.customer.message;
	if (!message) return false;
	const words = p.norm.slice(Math.max(0, span.start - 12), span.end + 4).trim();
	return words.length >= 8 && normalizedMessage(message, p.locale).includes(words);
}

const normalizedMessage = perMessage((message) => normalizePhrase(message));

/**
 * The facts give the certainty themselves: "a guaranteed room type" restated to the guest is
 * the booking, not a promise of ours. Facts that deny it ("not guaranteed") do not count.
 */
function factsSay(word: string, known: Known, locale: Locale): boolean {
	const stem =
		locale === 'en' ? (/(guarantee|promise|definite|certain)/.exec(word)?.[1] ?? '') : word;
	if (!stem) return false;
	const facts = known.text;
	for (let at = facts.indexOf(stem); at >= 0; at = facts.indexOf(stem, at + 1)) {
		const before = facts.slice(Math.max(0, at - 12), at);
		if (!/\b(?:not|no|never|cannot|can't|without)\s+(?:be\s+)?$/.test(before)) return true;
	}
	return false;
}

const TOPIC_NAMES: Record<Topic, Localized> = {
	arrive: { en: 'delivery', ja: 'お届け' },
	ship: { en: 'dispatch', ja: '発送' },
	refund: { en: 'the refund', ja: '返金' },
	fix: { en: 'the fix', ja: '修正・公開' },
	access: { en: 'access to the account', ja: 'ご利用の再開' },
	document: { en: 'the document', ja: '書類の発行' },
	points: { en: 'the points', ja: 'ポイント' },
	contact: { en: 'our next message', ja: '次のご連絡' },
	appointment: { en: 'the appointment', ja: 'ご予約・訪問' },
	customer: { en: 'your reply', ja: 'ご返信' }
};

export function topicName(topic: Topic): Localized {
	return TOPIC_NAMES[topic];
}

/**
 * Promises the facts do not back: a date earlier than the facts allow for the same thing (or one
 * they rule out), a certainty about an outcome the facts leave open, and a sum of money or points
 * the facts do not give. Each finding shows the reply's words and the fact they disagree with.
 */
export function findUnsupportedPromises(p: Prepared, ctx: ScoringContext): Finding[] {
	const known = knownFacts(ctx.facts, p.locale);
	const out: Finding[] = [];
	for (const d of datedStatements(p, ctx)) {
		const said = p.original.slice(p.toOriginal[d.start], p.toOriginal[d.end - 1]! + 1);
		const ruledOut = known.dates.find(
			(k) => k.ruledOut && k.topic === d.topic && d.from <= k.to && k.from <= d.to
		);
		if (ruledOut && !d.supported) {
			out.push({
				start: d.start,
				end: d.end,
				part: 'date',
				message: ruledOutMessage(said, ruledOut.text)
			});
			continue;
		}
		if (!d.known.length || d.supported) continue;
		const earliest = d.known.reduce((a, b) => (b.from < a.from ? b : a));
		const latest = Math.max(...d.known.map((k) => k.to));
		// Earlier than any date the facts give, or a day of its own before the last of them.
		// "Today" is most often when we act; it is judged by what the facts rule out, above.
		if (d.from <= known.now) continue;
		if (d.to < earliest.from || (d.from === d.to && d.to < latest)) {
			const fact = d.to < earliest.from ? earliest : nearestDate(d.known, d.to);
			out.push({
				start: d.start,
				end: d.end,
				part: 'date',
				message: earlyMessage(said, fact.text, d.topic)
			});
		}
	}
	out.push(...certainties(p, ctx, known), ...wrongSums(p, ctx, known));
	return out.sort((a, b) => a.start - b.start);
}

function nearestDate(dates: KnownDate[], day: number): KnownDate {
	return dates.reduce((a, b) => (Math.abs(b.from - day) < Math.abs(a.from - day) ? b : a));
}

const CERTAINTY: Record<Locale, RegExp> = {
	en: /\b(?:(?:i|we) (?:can |do |absolutely |personally |fully )?(?:guarantee|promise)|guaranteed?|you have my word|you've got my word|for sure|definitely|without fail|100% (?:sure|certain)|i assure you|absolutely will|certain to)\b/g,
	ja: /必ず(?!しも)|確実(?:に|です|でござい)|ほぼ確実|間違いなく|絶対(?:に)?|保証(?:いたし|し|させていただき)ます|私が保証|お約束(?:いたし|し|させていただき)ます|約束します|責任を持って/g
};

/**
 * "I guarantee it arrives tomorrow", 必ずお届けします: a certainty about what the facts leave open.
 * A promise about our own next message ("I'll definitely email you") is ours to keep, and is left alone.
 */
function certainties(p: Prepared, ctx: ScoringContext, known: Known): Finding[] {
	const regex = CERTAINTY[p.locale];
	const body = p.norm.slice(0, p.signatureStart);
	const out: Finding[] = [];
	regex.lastIndex = 0;
	for (const m of body.matchAll(regex)) {
		const span = { start: m.index, end: m.index + m[0].length };
		const sentence = sentenceAt(p, span.start);
		if (/[?？]\s*$/.test(p.norm.slice(sentence.start, sentence.end))) continue;
		const before = p.norm.slice(sentence.start, span.start);
		const after = p.norm.slice(span.end, sentence.end);
		if (isDenied(p.locale, before, after) || quotesCustomer(p, span, ctx)) continue;
		if (factsSay(m[0], known, p.locale)) continue;
		// "not guaranteed" in the reply is honesty: "the date is not guaranteed".
		if (/\b(?:not|never) (?:be )?$/.test(before) || /^\s*(?:is|are)? ?not\b/.test(after)) continue;
		// "it is definitely in stock", 〜のが確実です: a present state or advice, not a promise.
		if (/\b(?:is|are|was|'s|'re) $/.test(before) || /[のが]$/.test(before)) continue;
		// 確実に原因を特定するため: how we work, not what the customer is promised.
		if (/^[^、。]{0,20}(?:ため|よう)/.test(after)) continue;
		const topic = topicNear(p.norm, p.locale, sentence.start, sentence.end, span);
		if (topic === 'contact') continue;
		const said = p.original.slice(
			p.toOriginal[sentence.start],
			p.toOriginal[sentence.end - 1]! + 1
		);
		const fact = topic ? known.dates.find((k) => k.topic === topic && !k.ruledOut) : undefined;
		out.push({ ...span, part: 'certainty', message: certaintyMessage(said.trim(), fact?.text) });
	}
	return out;
}

function wrongSums(p: Prepared, ctx: ScoringContext, known: Known): Finding[] {
	if (!known.amounts.length) return [];
	const body = p.norm.slice(0, p.signatureStart);
	const customer = ctx.customer.message
		? findAmounts(normalizedMessage(ctx.customer.message, p.locale))
		: [];
	const out: Finding[] = [];
	for (const a of findAmounts(body)) {
		if (isKnownSum(known, a)) continue;
		if (customer.some((c) => c.unit === a.unit && Math.abs(c.value - a.value) < 0.011)) continue;
		const fact = nearestAmount(known, a);
		if (!fact) continue;
		const said = p.original.slice(p.toOriginal[a.start], p.toOriginal[a.end - 1]! + 1);
		out.push({
			start: a.start,
			end: a.end,
			part: 'amount',
			message: amountMessage(said.trim(), fact.text)
		});
	}
	return out;
}

function earlyMessage(said: string, fact: string, topic: Topic): Localized {
	const name = TOPIC_NAMES[topic];
	return {
		en: `"${said}" for ${name.en} is sooner than the facts allow (${fact}). A date the customer plans around and we then miss costs more trust than an honest later one: give the date the facts give.`,
		ja: `${name.ja}について「${said}」とお伝えしていますが、事実（${fact}）より早い時期です。お客様はこの日付に合わせて予定を立てます。守れない早い日付より、事実どおりの時期を正直にお伝えしましょう。`
	};
}

function ruledOutMessage(said: string, fact: string): Localized {
	return {
		en: `"${said}" is what the facts rule out (${fact}). Promising it sets the customer up for a second disappointment; say what is possible instead.`,
		ja: `「${said}」は、事実（${fact}）ではできないとされています。できないことを約束すると、お客様を再び失望させます。可能な対応をお伝えしましょう。`
	};
}

function certaintyMessage(said: string, fact: string | undefined): Localized {
	const facts = fact
		? { en: ` The facts say: ${fact}.`, ja: `事実は「${fact}」です。` }
		: { en: '', ja: '' };
	return {
		en: `"${said}" promises a certainty the facts do not give.${facts.en} If it slips, the customer was told it could not; say what is expected and what you will do if it changes.`,
		ja: `「${said}」は、事実が保証していない確実さを約束しています。${facts.ja}見込みどおりにならなかったとき、お客様の信頼を失います。見込みと、変わった場合の対応をお伝えしましょう。`
	};
}

function amountMessage(said: string, fact: string): Localized {
	return {
		en: `${said} is not an amount the facts give (${fact}). A wrong figure about money makes the customer doubt everything else: quote the amount exactly.`,
		ja: `${said}は事実の金額と異なります（${fact}）。お金の数字の誤りは、返信全体への信頼を損ないます。正確な金額をお伝えしましょう。`
	};
}
