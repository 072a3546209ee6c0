import type { Localized } from '../../rubric';
import { sentenceAt, type Prepared } from '../text';
import type { ScoringContext } from '../types';
import { knownFacts } from './known';
import { datedStatements, topicName, type DatedStatement, type Finding } from './promises';

/** "Friday or Monday", 3日〜4日: two dates offered together are a range, not a clash. */
const ALTERNATIVE =
	/^\s*か\s*$|\b(?:or|to|and|between|until|till)\b|[~〜\-–]|または|もしくは|か、|から|ないし/;

/**
 * Two different dates for the same thing, both stated as so: "out for delivery today" and "they
 * are estimating Friday". Only a pair where the facts give one of the dates and not the other is
 * reported, so that two things of one kind (the parcel and the return label) do not clash.
 */
export function findDateClashes(p: Prepared, ctx: ScoringContext): Finding[] {
	const known = knownFacts(ctx.facts, p.locale);
	// "Today" is mostly when we act (sent today, arrives Friday); "by tonight", 本日中 is a when.
	const dated = datedStatements(p, ctx).filter((d) => d.from > known.now || isByToday(p, d));
	// A date the facts give for anything is a stage of the case (shipped Thursday, arrives Saturday).
	const givenAnywhere = (d: DatedStatement) =>
		d.from > known.now && known.named.some((k) => d.from <= k.to && k.from <= d.to);
	const out: Finding[] = [];
	const reported = new Set<string>();
	for (const [i, a] of dated.entries()) {
		for (const b of dated.slice(i + 1)) {
			if (a.topic !== b.topic || reported.has(a.topic)) continue;
			if (a.from <= b.to && b.from <= a.to) continue;
			if (a.supported === b.supported || !a.known.length) continue;
			if (givenAnywhere(a.supported ? b : a)) continue;
			if (sameSentenceAlternative(p, a, b)) continue;
			reported.add(a.topic);
			const message = clashMessage(said(p, a), said(p, b), topicName(a.topic));
			out.push(
				{ start: a.start, end: a.end, part: a.topic, message },
				{ start: b.start, end: b.end, part: a.topic, message }
			);
		}
	}
	return out;
}

function isByToday(p: Prepared, d: DatedStatement): boolean {
	if (p.locale === 'ja') return /中$/.test(p.norm.slice(d.start, d.end + 1));
	return /\b(?:by|before|until) $/.test(p.norm.slice(Math.max(0, d.start - 8), d.start));
}

function sameSentenceAlternative(p: Prepared, a: DatedStatement, b: DatedStatement): boolean {
	const sentence = sentenceAt(p, a.start);
	if (b.start >= sentence.end) return false;
	return ALTERNATIVE.test(p.norm.slice(a.end, b.start));
}

function said(p: Prepared, d: DatedStatement): string {
	return p.original.slice(p.toOriginal[d.start], p.toOriginal[d.end - 1]! + 1);
}

function clashMessage(first: string, second: string, topic: Localized): Localized {
	return {
		en: `"${first}" and "${second}" are two different times for ${topic.en}; the customer cannot tell which one to plan around. Give one date, the one the facts give.`,
		ja: `${topic.ja}について「${first}」と「${second}」の二つの時期が書かれており、お客様はどちらを信じればよいか分かりません。事実どおりの時期を一つだけお伝えしましょう。`
	};
}
