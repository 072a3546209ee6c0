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
		'Room availability is a matter for the property to resolve; we recommend you call the hotel directly.',
		"Network speed isn't something our support desk controls.",
		"Pricing isn't really anything we're responsible for here.",
		'Those findings are not ours to change.',
		'The claim is closed, and there is nothing further the billing team can do.',
		'Lost luggage is really a matter for the airline.',
		'A late booking is a matter between the venue and its guests.',
		"Once a parcel leaves our depot, it's in the carrier's hands.",
		'From our side the order was processed correctly.',
		"It's just how the system works, I'm afraid.",
		"A declined code is the system's decision, and support does not have the ability to override it.",
		'Billing is managed entirely by our finance team; the best thing would be to email them.'
	])('finds it in English: %s', (text) => {
		expect(en(text)).not.toEqual([]);
	});

	it.each([
		'配送業者の管轄となっております。配送業者へ直接お問い合わせください。',
		'返金の反映時期はカード会社の管轄となりますため、当窓口ではお答えいたしかねます。',
		'当社の責任ではございません。',
		'こちらではどうしようもございません。',
		'いつ届くかは配送業者次第です。',
		'工事日程はメーカーが担当しておりますので、日程のお問い合わせはメーカーへ直接お願いいたします。',
		'当窓口ではどうすることもできません。'
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
		"A late parcel isn't something you need to worry about: I've sent a new one today.",
		'Nothing further is needed from you; the refund went out this morning.',
		'This is a matter for our team, and I have raised it with them today.',
		'Your room is held by the hotel until midnight, and I have emailed them your late arrival time.',
		'I called the hotel directly and they have your booking now.',
		"Here is how the system works, and what I've changed so it works for you."
	])('leaves English alone: %s', (text) => {
		expect(en(text)).toEqual([]);
	});

	it.each([
		'誠に恐れ入りますが、セール価格の商品への適用は対応いたしかねます。その代わりに、送料無料クーポンを発行いたしました。',
		'アプリの動作に関するお問い合わせは技術サポート部門の管轄となっております。担当部署より追ってご連絡いたします。',
		'カード会社の処理は当社から早めることはできかねるため、証明書を発行いたします。',
		'申し訳ございませんが、お客様の端末をこちらから遠隔で操作することは対応いたしかねます。',
		'運送会社へのお問い合わせは当社からいたしますので、ご安心ください。',
		'当社では何ともお詫びの申し上げようもございません。'
	])('leaves Japanese alone: %s', (text) => {
		expect(ja(text)).toEqual([]);
	});
});
