import { describe, expect, it } from 'vitest';
import { findDeflection } from './deflection';
import { runFinder } from './testing';

const en = (text: string) => runFinder(findDeflection, text, 'en');
const ja = (text: string) => runFinder(findDeflection, text, 'ja');

describe('deflection: responsibility pushed away', () => {
	it.each([
		"That's the courier, not us, and there's nothing I can do about it.",
		'Damage in transit is the responsibility of our delivery partner.',
		'This falls outside our control.',
		'Refunds are handled by our finance department, and chat agents do not have access to payments.',
		'Payment disputes are handled by your card issuer. We would advise you to contact your bank.',
		'Release dates are decided by our Product department, and Customer Support is not able to comment.',
		'Please take it up with the courier.',
		'Seat allocation is handled by the airline, so please contact the airline directly.',
		'Room availability is a matter for the property to resolve; we recommend you call the hotel directly.'
	])('finds it in English: %s', (text) => {
		expect(en(text)).not.toEqual([]);
	});

	it.each([
		'配送業者の管轄となっております。配送業者へ直接お問い合わせください。',
		'返金の反映時期はカード会社の管轄となりますため、当窓口ではお答えいたしかねます。',
		'当社の責任ではございません。',
		'こちらではどうしようもございません。',
		'いつ届くかは配送業者次第です。',
		'工事日程はメーカーが担当しておりますので、日程のお問い合わせはメーカーへ直接お願いいたします。'
	])('finds it in Japanese: %s', (text) => {
		expect(ja(text)).not.toEqual([]);
	});

	it.each([
		'Swiftline held the parcel at their depot because the label was damaged; they relabelled it this morning.',
		'I am not able to extend the code, but I have made you a new one for 15% off.',
		"I'll take it up with our payments team myself.",
		'Refunds are processed by our payments team, and yours went out today.',
		'If it has not arrived by Friday, you can also call Swiftline directly on 0800 123 456.',
		'It was our mistake, not yours.',
		'Your room is held by the hotel until midnight, and I have emailed them your late arrival time.',
		'I called the hotel directly and they have your booking now.'
	])('leaves English alone: %s', (text) => {
		expect(en(text)).toEqual([]);
	});

	it.each([
		'誠に恐れ入りますが、セール価格の商品への適用は対応いたしかねます。その代わりに、送料無料クーポンを発行いたしました。',
		'アプリの動作に関するお問い合わせは技術サポート部門の管轄となっております。担当部署より追ってご連絡いたします。',
		'カード会社の処理は当社から早めることはできかねるため、証明書を発行いたします。',
		'申し訳ございませんが、お客様の端末をこちらから遠隔で操作することは対応いたしかねます。',
		'運送会社へのお問い合わせは当社からいたしますので、ご安心ください。'
	])('leaves Japanese alone: %s', (text) => {
		expect(ja(text)).toEqual([]);
	});

	describe('another party named as the cause, with nothing we do about it', () => {
		it.each([
			'The problem lies with the courier. There is not much more to say.',
			'The charge was made by your bank, so this is really a question for them.',
			"That was the previous agent's mistake, and I can't speak for what they told you.",
			'The delay is with the manufacturer and it is up to them to decide when stock arrives.',
			"We have no control over the airline's schedule.",
			'The system automatically cancels unpaid orders and we cannot override it.',
			"That's a policy decision made by head office, so there's nothing I can change."
		])('finds it in English: %s', (text) => {
			expect(en(text)).not.toEqual([]);
		});

		it.each([
			'配送業者側の問題でございますので、当社ではお答えできません。',
			'前任者の誤った案内によるものでございます。',
			'決済代行会社の判断によるものです。',
			'当社では何もできかねます。'
		])('finds it in Japanese: %s', (text) => {
			expect(ja(text)).not.toEqual([]);
		});

		it.each([
			"The courier told us the parcel was delayed at their depot; I've chased them and will call you tomorrow.",
			"The previous agent gave you the wrong date, and I'm sorry. I've booked the engineer for Friday.",
			'The delay was caused by the courier, and I have arranged a free replacement by express post.',
			'The system flagged the payment as unusual, which is why it was held. I have released it now.'
		])('leaves English alone: %s', (text) => {
			expect(en(text)).toEqual([]);
		});

		it.each([
			'配送業者によると倉庫で遅延が発生しているとのことです。当社から本日催促し、明日ご連絡いたします。',
			'誠に恐れ入りますが、規定により返金はいたしかねます。代わりに交換品を手配いたします。',
			'前任者のご案内に誤りがございました。申し訳ございません。正しい日程で手配いたしました。'
		])('leaves Japanese alone: %s', (text) => {
			expect(ja(text)).toEqual([]);
		});
	});

	it.each([
		'Deliveries in your area are carried out by a local partner rather than by us, so any complaint needs to be raised with them directly.',
		"Refund timing is at the seller's discretion.",
		'Our booking platform does not allow changes after check-in, so the booking stays as it is.',
		'Your case is being handled by our Legal Department. I am unable to see or comment on it.'
	])('reads a third party or the system as the shield: %s', (text) => {
		expect(en(text)).not.toEqual([]);
	});

	it.each([
		'保証修理は提携先が行っております。弊社では修理状況の確認ができかねます。',
		'システムの仕様上、変更は翌月からの反映となります。今回の返金はいたしかねます。'
	])('reads them in Japanese: %s', (text) => {
		expect(ja(text)).not.toEqual([]);
	});

	it.each([
		"I've looked into it: the seller sent the wrong size. I've ordered the right one for you and it ships tomorrow.",
		'規約上、更新後の返金はいたしかねますが、次回更新分を無料で延長いたします。'
	])('leaves help alone: %s', (text) => {
		const locale = /[ぁ-ん]/.test(text) ? 'ja' : 'en';
		expect(runFinder(findDeflection, text, locale)).toEqual([]);
	});
});
