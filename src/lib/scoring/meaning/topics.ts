import type { Locale } from '../../rubric';

/**
 * What a date or a promise is about, so that a reply's "tomorrow" is compared with the facts'
 * delivery date and not with the day a refund was sent. Read from the words nearest the date.
 */
export type Topic =
	| 'arrive'
	| 'ship'
	| 'refund'
	| 'fix'
	| 'access'
	| 'document'
	| 'points'
	| 'contact'
	| 'appointment'
	/** A time for the customer to act by ("confirm before 3pm today"): never a promise of ours. */
	| 'customer';

const TOPICS: Record<Locale, [Topic, RegExp][]> = {
	en: [
		[
			'arrive',
			/\b(?:eta|arriv\w*|deliver\w*|with you|at your door|in your hands|get to (?:you|him|her|them))\b/g
		],
		[
			'ship',
			/\b(?:ship\w*|dispatch\w*|send (?:it|them|out)|sent out|leav(?:e|es|ing)|on the move|in transit|trunk run|courier collection)\b/g
		],
		[
			'refund',
			/\b(?:refund\w*|money|back (?:in|on|to|into) your|your (?:card|bank|account balance)|reimburs\w*|credited|see it back|batch)\b/g
		],
		[
			'fix',
			/\b(?:fix\w*|releas\w*|live|patch\w*|version|resolved|repair\w*|restor\w*|roadmap|built|build)\b/g
		],
		[
			'access',
			/\b(?:log ?in|logged in|sign ?in|signed in|access|unlock\w*|lock lifts|back in|two-step|2fa|review\w*)\b/g
		],
		['document', /\b(?:invoice|credit note|receipt)s?\b/g],
		['points', /\bpoints?\b/g],
		[
			'contact',
			/\b(?:email you|call you|let you know|update you|hear from|get back to you|be in touch|contact you|ring you|follow up)\b/g
		],
		[
			'appointment',
			/\b(?:slots?|appointments?|visit|engineer|technician|screen-share|setup call|callback|call back|(?:a|new|the) call)\b/g
		],
		[
			'customer',
			/\b(?:confirm|reply|let (?:me|us) know|respond|tell (?:me|us)|choose|decide|book)\b/g
		]
	],
	ja: [
		['arrive', /届|到着|配達|お受け取り|着/g],
		['ship', /発送|出荷|集荷|倉庫から出/g],
		['refund', /返金|返還|口座|カードに|明細|着金|振込|振り込|戻り|戻る|取消|取り消/g],
		['fix', /修正|復旧|解消|公開|リリース|アップデート|修理|実装|直/g],
		['access', /ログイン|ロック|解除|二段階|審査|利用再開/g],
		['document', /請求書|再発行|原本|証明書/g],
		['points', /ポイント|付与/g],
		[
			'contact',
			/ご連絡(?!くださ|いただ)|お知らせ(?!くださ|いただ)|ご回答|お電話(?!くださ|いただ)|折り返し/g
		],
		['appointment', /予約|訪問|枠|作業員|技術者/g],
		[
			'customer',
			/ご返信|ご連絡(?:くださ|いただ)|お知らせ(?:くださ|いただ)|ご確認くださ|お申し込み|お申込み|ご指定|ご希望/g
		]
	]
};

const CLAUSE: Record<Locale, RegExp> = {
	en: /[,;:()]|\b(?:and|but|so|with|while)\b/g,
	ja: /[、,()（）]|が、/g
};

/**
 * The topic of the words nearest to `at`: within its clause when the clause names one ("leave
 * tonight, with delivery on Friday"), else within [from, to).
 */
export function topicNear(
	text: string,
	locale: Locale,
	from: number,
	to: number,
	at: Span
): Topic | undefined {
	let clauseStart = from;
	let clauseEnd = to;
	const regex = CLAUSE[locale];
	regex.lastIndex = 0;
	for (const m of text.slice(from, to).matchAll(regex)) {
		const i = from + m.index;
		if (i < at.start) clauseStart = i + m[0].length;
		else if (i >= at.end) {
			clauseEnd = i;
			break;
		}
	}
	return (
		nearestIn(text, locale, clauseStart, clauseEnd, at) ?? nearestIn(text, locale, from, to, at)
	);
}

function nearestIn(
	text: string,
	locale: Locale,
	from: number,
	to: number,
	at: Span
): Topic | undefined {
	const part = text.slice(from, to);
	let best: Topic | undefined;
	let distance = Infinity;
	for (const [topic, regex] of TOPICS[locale]) {
		regex.lastIndex = 0;
		for (const m of part.matchAll(regex)) {
			const start = from + m.index;
			const end = start + m[0].length;
			const d = end <= at.start ? at.start - end : start >= at.end ? start - at.end : 0;
			if (d < distance) {
				distance = d;
				best = topic;
			}
		}
	}
	return best;
}

/** Topics named by a fact's key ("new_estimated_delivery", "refund_timing"). */
export function topicOfKey(key: string): Topic | undefined {
	const words = key.replace(/_/g, ' ');
	return topicNear(words, 'en', 0, words.length, { start: words.length, end: words.length });
}

interface Span {
	start: number;
	end: number;
}
