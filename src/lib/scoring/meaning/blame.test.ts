import { describe, expect, it } from 'vitest';
import { findBlame } from './blame';
import { runFinder } from './testing';

const en = (text: string) => runFinder(findBlame, text, 'en');
const ja = (text: string) => runFinder(findBlame, text, 'ja');

describe('blame: the customer as the subject of an error', () => {
	it.each([
		'You entered the wrong postcode at checkout, so the parcel went to Leeds.',
		'You should have checked the size guide before ordering.',
		'Should have checked before ordering.',
		'You failed to save your backup codes.',
		"You didn't read the confirmation email we sent.",
		'If you had read the terms, you would have known the code expired.',
		"Had you connected a bank feed, you wouldn't have needed to type them in.",
		'Customers are responsible for keeping the app up to date.',
		'Members purchasing for an event are advised to order three weeks ahead.',
		'This was caused by you pressing pay twice.',
		'Please read the instructions more carefully next time.',
		'You pressed pay twice.',
		'The screen cracked while the phone was in your possession.',
		'The phone number you gave us at checkout was not accurate, so the courier could not call.',
		'The billing address was not kept up to date.',
		'Had the extended cover been bought with the TV, the repair would have been free.',
		'Checking the renewal date ultimately sits with the account holder.',
		'Had you told the front desk your arrival time, or rung us any time before the evening shift started, the room would have been held.'
	])('finds it in English: %s', (text) => {
		expect(en(text)).not.toEqual([]);
	});

	it.each([
		'お客様の入力ミスにより、旧住所に発送されました。',
		'お客様が誤って削除されたデータは復元できません。',
		'ご契約前にお客様にてご確認いただくべきものでございました。',
		'お知らせをご確認いただいていれば、このようなことはなかったかと存じます。',
		'メールをこまめに見ていただければ、更新前に気づけたと思います。',
		'今後はご注意いただけますと幸いです。',
		'お客様ご自身で解約手続きをしていただく必要がございました。',
		'ご予約時に日程を十分ご確認いただくようお願いしております。',
		'返品条件は利用規約に明記しておりますので、今回は返金いたしかねます。',
		'前日までにご連絡いただけていれば、追加料金なしで変更できたのですが。',
		'お申し込みの際にご同意いただいた利用規約のとおり、返金はいたしかねます。'
	])('finds it in Japanese: %s', (text) => {
		expect(ja(text)).not.toEqual([]);
	});

	it.each([
		"It's not your fault at all; the label was damaged in transit.",
		'This was a silly error on our part, and I am sorry.',
		'We should have caught this on Saturday.',
		'You should have received a confirmation email by now.',
		'You should have both documents by Thursday.',
		'If you entered the wrong code, just reply and I will fix it.',
		'Could you check the size label inside the collar for me?',
		'You must have been so worried.',
		"If you'd like, I could have it sent to your office instead.",
		'Swiftline reports that the parcel was held at the depot because the label was damaged.',
		'I have added a discount on your next order as an apology.',
		'Nothing you did caused this.',
		'Could you confirm the email address on file? It may be out of date.',
		'Had the courier scanned it on Saturday, it would have reached you by now; that was their miss and I have chased it.',
		'While the claim is in our hands, there is nothing you need to do.',
		'The decision on which option to take rests with our warranty team, and I have asked them to answer today.'
	])('leaves English alone: %s', (text) => {
		expect(en(text)).toEqual([]);
	});

	it.each([
		'原因は当社の決済システムの不具合で、お客様には何の落ち度もございません。',
		'お客様の入力ミスではございません。',
		'当社が事前に確認していれば、防げたはずのミスでした。',
		'ご心配になるのも無理はございません。',
		'ご返信いただければ、すぐに手配いたします。',
		'ご希望の日時をお知らせいただければと思います。',
		'恐れ入りますが、お届け先のご住所をご確認いただけますでしょうか。',
		'次からはメールでお知らせが届きます。',
		'明日お送りする確認メールに予約番号を記載しておりますので、当日はそちらをご提示いただけます。',
		'新しいパスワードの設定手順を下記に記載しておりますので、そちらからご確認いただけます。',
		'当社で事前に確認していれば防げたはずのミスでした。',
		'ご連絡いただければ、すぐに代わりの日程をお取りします。'
	])('leaves Japanese alone: %s', (text) => {
		expect(ja(text)).toEqual([]);
	});

	it('gives its own words for each finding', () => {
		const p = runFinder(findBlame, 'You should have checked.', 'en');
		expect(p).toEqual(['you should have checked']);
	});
});
