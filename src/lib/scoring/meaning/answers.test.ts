import { describe, expect, it } from 'vitest';
import { prepare } from '../text';
import { readAnswers } from './answers';
import { askedIn } from './questions';
import { evidenceOf, scored } from './test-helpers';

describe('askedIn: what the customer asks', () => {
	it('finds each kind of question, main question first', () => {
		const kinds = (m: string, l: 'en' | 'ja' = 'en') => askedIn(m, l).questions.map((q) => q.kind);
		expect(kinds('My parcel is late. When will it arrive?')).toEqual(['when']);
		expect(kinds('Where is my money? Why has it taken two weeks?')).toEqual([
			'refund',
			'status',
			'why'
		]);
		expect(kinds('How do I get back into my account?')).toEqual(['how']);
		expect(kinds('Can you redirect it to my new address?')).toEqual(['can']);
		expect(kinds('I want a working replacement sent quickly, or my money back.')).toEqual([
			'refund',
			'replacement'
		]);
		expect(kinds('いつ届きますか？返金はしていただけますか。', 'ja')).toEqual(['when', 'refund']);
		expect(kinds('どうすればいいですか。', 'ja')).toEqual(['how']);
	});

	it('does not read a refused or threatened request as a request', () => {
		const kinds = (m: string) => askedIn(m, 'en').questions.map((q) => q.kind);
		expect(kinds("I'd like a replacement, not a refund.")).toEqual(['replacement']);
		expect(kinds('Unless you can do something, I will cancel.')).toEqual([]);
		expect(askedIn('解約も考えています。', 'ja').questions).toEqual([]);
	});

	it('reads a cancellation the customer reports as news, not as a request to cancel', () => {
		const kinds = (m: string, l: 'en' | 'ja' = 'en') => askedIn(m, l).questions.map((q) => q.kind);
		expect(
			kinds('My flight to Porto was cancelled last night. How can I get my $85 back?')
		).toEqual(['refund', 'how']);
		expect(kinds('Please cancel my gym membership from next month.')).toEqual(['cancel']);
		expect(
			kinds('コンサートが中止でキャンセルになりました。返金はいつになりますか。', 'ja')
		).toEqual(['refund', 'when']);
		expect(kinds('定期便をキャンセルしてください。', 'ja')).toEqual(['cancel']);
	});

	it('finds nothing in a message that asks nothing', () => {
		expect(askedIn('your app isnt working', 'en').questions).toEqual([]);
		expect(askedIn(undefined, 'en').questions).toEqual([]);
	});
});

describe('readAnswers: does the reply answer that question', () => {
	const answered = (reply: string, message: string, locale: 'en' | 'ja' = 'en') =>
		readAnswers(prepare(reply, locale), message).questions.map((q) => !!q.answer);

	it('a time about the thing asked answers "when"; a time about returns does not', () => {
		const message = 'I ordered a hamper last week. When will it arrive?';
		expect(
			answered('The courier has your parcel and expects to deliver it on Friday.', message)
		).toEqual([true]);
		expect(
			answered('All our hampers can be returned within 14 days of delivery, unopened.', message)
		).toEqual([false]);
	});

	it('a cause answers "why", steps answer "how", a yes or a no answers "can you"', () => {
		expect(
			answered('It was charged twice because our checkout timed out.', 'Why was I charged twice?')
		).toEqual([true]);
		expect(answered('Thanks for your patience.', 'Why was I charged twice?')).toEqual([false]);
		expect(
			answered(
				'Go to https://verify.example and upload a photo ID; we reset your login within the hour.',
				'I lost my phone and cannot log in. How do I get back into my account?'
			)
		).toEqual([true]);
		expect(
			answered(
				"I'm afraid I can't move the parcel once it has left the depot.",
				'Can you redirect my parcel to my new address?'
			)
		).toEqual([true]);
	});

	it('reads Japanese', () => {
		const message = '注文した商品がまだ届きません。いつ届きますか？';
		// It asks where things stand and when: one sentence answers both.
		expect(answered('お荷物は3月14日（金）にお届けの予定です。', message, 'ja')).toEqual([
			true,
			true
		]);
		expect(answered('返品は商品到着後30日以内であれば承っております。', message, 'ja')).toEqual([
			false,
			false
		]);
	});

	it('thanks, an apology or sympathy answers nothing, even when it names the subject', () => {
		expect(
			answered("We're so sorry to hear about your coat.", 'Can you repair the zip on my coat?')
		).toEqual([false]);
		expect(
			answered(
				"We're so sorry about the zip, and yes, we repair it free of charge.",
				'Can you repair the zip on my coat?'
			)
		).toEqual([true]);
		expect(
			answered(
				'山田様、誠に申し訳ございません。',
				'プリンターがまた止まりました。どうすればいいですか。',
				'ja'
			)
		).toEqual([false]);
	});

	it('a plain yes or no opening the reply answers a yes-or-no question', () => {
		const message = 'Could I push my boiler service back to the week after?';
		expect(
			answered('Yes, and at no charge. Pick Tue 9 or Wed 10 and I will book it.', message)
		).toEqual([true]);
		expect(
			answered(
				'はい、可能です。9日と10日のどちらがよろしいでしょうか。',
				'サービス日を翌週に変えられますか。',
				'ja'
			)
		).toEqual([true]);
	});

	it('a cancellation is answered only about the cancellation', () => {
		const message = 'Please cancel my table booking for Friday.';
		expect(
			answered('Your booking for Friday stays confirmed and we look forward to it.', message)
		).toEqual([false]);
		expect(
			answered('I have cancelled your booking for Friday; nothing is charged.', message)
		).toEqual([true]);
		expect(
			answered('ご予約はそのまま有効でございます。', '予約をキャンセルしていただけますか。', 'ja')
		).toEqual([false]);
	});

	it('a refund, and how to get it, is answered about the money, not the background', () => {
		const message = 'My bus was cancelled so I took a taxi. How can I get my £32 back?';
		// Both the refund and the "how" of it stay open when the reply speaks only of the taxi and buses.
		expect(
			answered('There is a later bus at 10:05 and you can book a seat in the app.', message)
		).toEqual([false, false]);
		expect(
			answered('I have refunded your £32 just now, and it reaches your card by Friday.', message)
		).toEqual([true, true]);
	});

	it('a new item of the same kind answers a request for a replacement', () => {
		expect(
			answered(
				'A new pair ships today by express and arrives on Thursday.',
				'One of the lenses is scratched. Can I get a replacement?'
			)
		).toEqual([true]);
	});

	it('a short follow-up in a chat needs no subject in its answer', () => {
		expect(
			answered(
				'Between Monday 7 and Wednesday 9 December, depending on your bank.',
				'ok so when exactly will I see it?'
			)
		).toEqual([true]);
	});
});

describe('unanswered: the shipped rubrics cap clarity and next steps', () => {
	const message = 'I ordered a hamper (BW-48213) for Saturday. When will it arrive?';

	it('a reply about something else caps clarity at 1 and next steps at 2', () => {
		const reply =
			"Hi Dana,\n\nThanks for getting in touch! Just so you know, our hampers can be returned within 14 days of delivery as long as the seal hasn't been broken. You can print a label from our help centre.\n\nSam Carter\nNorthwind Shop";
		const s = scored(reply, 'en', message);
		expect(evidenceOf(s, 'clarity', 'unanswered')).toHaveLength(1);
		expect(s.criteria.clarity!.level).toBeLessThanOrEqual(1);
		expect(s.criteria.next_steps!.level).toBeLessThanOrEqual(2);
		expect(evidenceOf(s, 'clarity', 'unanswered')[0]!.message).toMatch(/asked when/);
	});

	it('an answer in plain words is not hit', () => {
		const reply =
			"Hi Dana,\n\nI'm sorry it's late. The courier has your parcel and will deliver it on Friday 4 December, before your Saturday.\n\nSam Carter\nNorthwind Shop";
		expect(evidenceOf(scored(reply, 'en', message), 'clarity', 'unanswered')).toEqual([]);
	});

	it('a chat turn that asks back for what it needs is not "not answering"', () => {
		const s = scored(
			'Sorry about this, Dana. So I can find both payments, could you give me the last four digits of the card?',
			'en',
			"I've been charged twice for my order. I need that money back now.",
			'chat'
		);
		expect(evidenceOf(s, 'clarity', 'unanswered')).toEqual([]);
		const hold = scored(
			'ご注文番号を確認しますので、少々お待ちください。',
			'ja',
			'いつ届きますか？',
			'chat'
		);
		expect(evidenceOf(hold, 'clarity', 'unanswered')).toEqual([]);
	});

	it('answering one of two alternatives answers the choice', () => {
		const message = 'The blender arrived broken. I want a replacement or my money back.';
		const s = scored(
			'Hi Dana,\n\nSorry it arrived broken. A replacement blender ships today and arrives on Friday; keep the broken one.\n\nSam Carter\nNorthwind Shop',
			'en',
			message
		);
		expect(evidenceOf(s, 'clarity', 'unanswered-other')).toEqual([]);
	});

	it('answering one question and not the other holds clarity below 3', () => {
		const s = scored(
			"Hi Dana,\n\nYour refund of £129.00 went out today and reaches your card within 3-5 working days. I'll email you the reference now.\n\nSam Carter\nNorthwind Shop",
			'en',
			'Where is my refund? And why did it take two weeks?'
		);
		expect(evidenceOf(s, 'clarity', 'unanswered')).toEqual([]);
		expect(evidenceOf(s, 'clarity', 'unanswered-other')).toHaveLength(1);
		expect(s.criteria.clarity!.level).toBeLessThanOrEqual(2);
	});
});
