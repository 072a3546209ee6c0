import { describe, expect, it } from 'vitest';
import { findCondescension } from './condescension';
import { runFinder } from './testing';

const en = (text: string) => runFinder(findCondescension, text, 'en');
const ja = (text: string) => runFinder(findCondescension, text, 'ja');

describe('condescension: talking down to the customer', () => {
	it.each([
		'As already explained, the code has expired.',
		'As stated in our Terms of Sale, delivery dates are estimates.',
		'You may not be aware that points expire after a year.',
		"It's really not complicated, even if you're not technical.",
		'Most of our customers understand that a release date is a goal.',
		'Calm down, it is one missed call.',
		'It is not the end of the world.',
		'Obviously you did not see the banner.',
		'That is a stupid question.',
		"As I've already explained, the form closes on Friday.",
		'Please go through the manual again, more carefully this time.',
		'There seems to be some confusion about how refunds work.',
		"It's really quite simple.",
		"That obviously isn't a fault of the charger.",
		'As the invoice clearly states, the fee is monthly.',
		"Chasing us won't get the part here any faster.",
		"Sorry our reminders weren't loud enough for you.",
		"It's actually quite easy: the code goes in the second box.",
		'Both boxes are clearly labelled on the payment page.'
	])('finds it in English: %s', (text) => {
		expect(en(text)).not.toEqual([]);
	});

	it.each([
		'ご存じないかもしれませんが、大型家具の配送日はずれるものです。',
		'何度もご案内しておりますが、修正日は12月8日です。',
		'ちょっと考えればわかると思うんですけど。',
		'規約をよくお読みください。',
		'12月の土曜なんて埋まってて当たり前ですよ。',
		'嫌なら解約してもらって結構です。',
		'少し落ち着いてお待ちいただければと思います。',
		'以前もご説明したとおり、締め日は20日です。',
		'控えを今一度よくお読みください。',
		'お待ちいただくしかありません。',
		'まあ正直なところ、スマホでも撮れますけどね。',
		'見込みというのは確定ではないという意味です。'
	])('finds it in Japanese: %s', (text) => {
		expect(ja(text)).not.toEqual([]);
	});

	it.each([
		'That was a stupid mistake on our part, and I am sorry.',
		'Our foolish mistake, and we will put it right today.',
		"It's natural to worry when a refund doesn't show up.",
		'As a thank-you for waiting, here is a discount on your next order.',
		'I can explain how the return label works if that helps.',
		"It's quite simple to change this in Settings, and I've put the steps below.",
		'As I mentioned to my colleague, we are refunding the fee today.',
		'Clearly we got this wrong, and I am sorry.',
		'The parcel has been moving slowly through the depot.'
	])('leaves English alone: %s', (text) => {
		expect(en(text)).toEqual([]);
	});

	it.each([
		'ご心配になるのも当然です。本当に申し訳ございません。',
		'ご心配になるのも無理はございません。',
		'お怒りになるのも当たり前のことです。',
		'修正版が出ましたら、今はもう普通に使えるかもしれません。',
		'5分くらいでExcelのガントチャートが作れます。',
		'以前ご説明した手順に誤りがございました。訂正してお詫びいたします。',
		'一行だけのSMSでは、何もわかりませんよね。経緯をお伝えします。'
	])('leaves Japanese alone: %s', (text) => {
		expect(ja(text)).toEqual([]);
	});
});
