import { describe, expect, it } from 'vitest';
import type { Locale } from '../../rubric';
import { findForeignLanguage, sentenceLanguage } from './language';
import { runFinder } from './testing';

const foreign = (text: string, locale: Locale, min = 50) =>
	runFinder(findForeignLanguage, text, locale, { min: { en: min, ja: min } });

describe('language: a reply in another language than the scenario', () => {
	it.each([
		[
			'Hola Margaret, lamentamos mucho el retraso de su pedido. Lo enviaremos de nuevo hoy y le escribiremos mañana.',
			'es'
		],
		[
			'Bonjour Margaret, nous sommes désolés pour le retard. Votre colis arrive vendredi et nous restons à votre disposition.',
			'fr'
		],
		[
			'Hallo Margaret, es tut uns leid. Ihre Bestellung wird am Freitag geliefert, und wir melden uns bitte bei Ihnen.',
			'de'
		],
		['ご注文の商品は金曜日にお届けの予定です。ご不便をおかけして申し訳ございません。', 'ja'],
		['안녕하세요, 주문하신 상품은 금요일에 도착할 예정입니다. 불편을 드려 죄송합니다.', 'ko'],
		['您好，您的订单将于周五送达。给您带来不便，我们深表歉意。', 'zh'],
		['Здравствуйте, ваш заказ будет доставлен в пятницу. Приносим извинения.', 'ru']
	])('finds it for an English customer: %s', (text, lang) => {
		expect(foreign(text, 'en')).not.toEqual([]);
		const first = text.split(/[.。]/)[0]!.toLowerCase();
		expect(sentenceLanguage(first, 'en')).toBe(lang);
	});

	it.each([
		'Dear Ms Sato, thank you for your email. Your order will arrive on Friday, and I am sorry for the wait.',
		'Hello, we are so sorry your order has not arrived. We will send it again today.',
		'您好，我们会尽快处理。'
	])('finds English (or Chinese) for a Japanese customer: %s', (text) => {
		expect(foreign(text, 'ja')).not.toEqual([]);
	});

	it.each([
		"Hi Margaret, I'm so sorry the hamper is late. It's at Swiftline's Northfield depot and leaves tonight: https://track.swiftline.example/SWL-7730. Priya",
		'Hi José, your café order (Crème brûlée kit) ships on Friday. Thank you for your patience!',
		'Thanks Ana, gracias for your patience! Your order will arrive on Friday.'
	])('leaves English replies alone: %s', (text) => {
		expect(foreign(text, 'en')).toEqual([]);
	});

	it.each([
		'山本様、WINTER15のクーポンはセール品には使えません。https://help.example.com/coupon をご覧ください。',
		'ご注文番号 BW-48213 の商品は、Swiftline Express にて発送いたしました。',
		'営業時間：平日10時〜18時'
	])('leaves Japanese replies alone: %s', (text) => {
		expect(foreign(text, 'ja')).toEqual([]);
	});

	it('holds a passage to its share of the reply', () => {
		const text =
			'Thank you for waiting, your order ships on Friday and I will send you the tracking link. Lamentamos mucho el retraso de su pedido y le escribiremos mañana.';
		expect(foreign(text, 'en', 50)).toEqual([]);
		expect(foreign(text, 'en', 15)).toHaveLength(1);
	});
});
