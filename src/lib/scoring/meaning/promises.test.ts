import { describe, expect, it } from 'vitest';
import type { Locale } from '../../rubric';
import { prepare } from '../text';
import type { ScoringContext } from '../types';
import { findUnsupportedPromises } from './promises';

const FACTS: Record<Locale, Record<string, string>> = {
	en: {
		today: 'Wednesday 2 December 2026',
		order_total: '£54.00 including delivery',
		new_estimated_delivery: 'Friday 4 December 2026 (carrier estimate, not guaranteed)',
		offer:
			'refund of the £6.95 express fee now; if not delivered by 18:00 Friday 4 December, a replacement by Saturday courier',
		refund_timing:
			'3-5 working days after the batch, i.e. between Monday 7 and Wednesday 9 December 2026'
	},
	ja: {
		today: '12月2日（水）',
		amount: '148,000円（税込、配送設置料5,500円を含む）',
		status: '未出荷。12月3日（木）に倉庫から出荷予定',
		new_delivery: '最短12月5日（土）9:00〜12:00',
		not_possible: '本日中のお届け'
	}
};

function find(reply: string, locale: Locale, message = '', facts = FACTS[locale]) {
	const ctx: ScoringContext = {
		locale,
		channel: 'chat',
		customer: { name: 'Dana', message },
		agent: { name: 'Sam', company: 'Shop' },
		facts
	};
	const p = prepare(reply, locale);
	return findUnsupportedPromises(p, ctx).map((m) => ({
		part: m.part,
		text: p.norm.slice(m.start, m.end),
		message: m.message
	}));
}

describe('unsupported promises', () => {
	it('finds a date sooner than the facts allow, and shows the fact beside it', () => {
		const [found] = find('It will be with you tomorrow.', 'en');
		expect(found).toMatchObject({ part: 'date', text: 'tomorrow' });
		expect(found!.message.en).toContain('Friday 4 December 2026');
		expect(find('明日12月3日（木）にお届けします。', 'ja').map((f) => f.text)).toEqual([
			'明日',
			'12月3日(木)'
		]);
	});

	it('finds a day the facts rule out', () => {
		expect(find('本日中にお届けします。', 'ja')).toMatchObject([{ part: 'date', text: '本日中' }]);
	});

	it('finds a certainty about what the facts leave open, in both languages', () => {
		expect(find('I guarantee it arrives on Friday 4 December.', 'en')).toMatchObject([
			{ part: 'certainty' }
		]);
		expect(find('12月5日（土）には必ずお届けします。', 'ja')).toMatchObject([
			{ part: 'certainty', text: '必ず' }
		]);
	});

	it('leaves a certainty the facts give themselves, not one they deny', () => {
		const booking = {
			...FACTS.en,
			booking: 'Deluxe Sea View King (a guaranteed room type, not a request)'
		};
		expect(
			find('You booked a guaranteed sea-view room, and we gave it away.', 'en', '', booking)
		).toEqual([]);
		// FACTS.en says the delivery date is "not guaranteed".
		expect(find('We guarantee delivery on Friday 4 December.', 'en')).toMatchObject([
			{ part: 'certainty' }
		]);
	});

	it('finds a sum the facts do not give', () => {
		const found = find('I have refunded £6.59 today.', 'en');
		expect(found).toMatchObject([{ part: 'amount', text: '£6.59' }]);
		expect(found[0]!.message.en).toContain('£6.95');
		expect(find('配送設置料5,000円を返金いたします。', 'ja')).toMatchObject([{ part: 'amount' }]);
	});

	it('accepts the facts’ own dates, ranges, sums and sums worked out from them', () => {
		expect(
			find(
				'Swiftline expects Friday 4 December. Your refund should arrive between Monday 7 and Wednesday 9 December.',
				'en'
			)
		).toEqual([]);
		expect(
			find(
				'It should reach your card by Tuesday 8 December. That is £47.05 for the goods and £6.95 for express.',
				'en'
			)
		).toEqual([]);
		expect(
			find(
				'12月3日（木）に出荷し、最短12月5日（土）にお届けします。148,000円のうち5,500円を返金します。',
				'ja'
			)
		).toEqual([]);
	});

	it('leaves conditions, questions, denials, past events and the customer’s words alone', () => {
		expect(find("If it hasn't arrived by tomorrow, I'll send a replacement.", 'en')).toEqual([]);
		expect(find('Would tomorrow suit you for a call?', 'en')).toEqual([]);
		expect(
			find("I can't promise it will come tomorrow; the estimate is Friday 4 December.", 'en')
		).toEqual([]);
		expect(find('The date is an estimate and is not guaranteed.', 'en')).toEqual([]);
		expect(
			find('I understand you need it by tomorrow evening.', 'en', 'I need it by tomorrow evening!')
		).toEqual([]);
		expect(find('明日のお届けはお約束できかねます。', 'ja')).toEqual([]);
		expect(find('明日届かない場合は、すぐにご連絡ください。', 'ja')).toEqual([]);
	});

	it('lets a promise about our own next message stand', () => {
		expect(find("I'll definitely email you on Friday 4 December.", 'en')).toEqual([]);
		expect(find('進展があり次第、必ずご連絡いたします。', 'ja')).toEqual([]);
	});
});

describe('unsupported promises without a today in the facts', () => {
	it('still compares absolute dates, and leaves relative ones alone', () => {
		const ctx: ScoringContext = {
			locale: 'en',
			channel: 'email',
			customer: { name: 'Dana' },
			agent: { name: 'Sam', company: 'Shop' },
			facts: { order_id: 'A-10492', eta: 'Friday 14 March' }
		};
		const p = prepare('It will arrive on 12 March. Or tomorrow.', 'en');
		expect(findUnsupportedPromises(p, ctx).map((m) => p.norm.slice(m.start, m.end))).toEqual([
			'12 march'
		]);
		const right = prepare('It will arrive on Friday 14 March.', 'en');
		expect(findUnsupportedPromises(right, ctx)).toEqual([]);
	});
});
