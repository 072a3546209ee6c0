import { describe, expect, it } from 'vitest';
import { prepare } from '../text';
import {
	RESPONSIBILITY,
	findResponsibility,
	replyFeatures,
	responsibilityScore,
	sentenceFeatures
} from './responsibility';
import { runFinder } from './testing';

const en = (text: string) => runFinder(findResponsibility, text, 'en');
const ja = (text: string) => runFinder(findResponsibility, text, 'ja');
const score = (text: string, locale: 'en' | 'ja') =>
	responsibilityScore(replyFeatures(prepare(text, locale)), locale);

describe('responsibility: who the reply makes responsible, from cues', () => {
	it('describes a sentence by its cues and the pairs that meet in it', () => {
		const features = sentenceFeatures('had you checked the terms, you would have known.', 'en');
		expect(features).toContain('c:hindsight');
		expect(features).toContain('c:you');
		expect(features).toContain('p:hindsight+you');
		expect(sentenceFeatures('the weather is nice.', 'en')).toEqual([]);
	});

	it('weighs blame and a disowned problem above owning one, in both languages', () => {
		const blame = score(
			'The courier handles all deliveries, so the delay is their responsibility. Customers are expected to check the tracking and contact the courier directly.',
			'en'
		);
		const owned = score(
			'I am sorry: the delay is our mistake. I have sent a new parcel today and it will reach you on Friday.',
			'en'
		);
		expect(blame).toBeGreaterThan(owned);
		const blameJa = score(
			'配送は配送業者の管轄となっておりますので、当社では判断いたしかねます。配送業者へ直接お問い合わせください。',
			'ja'
		);
		const ownedJa = score(
			'当社の手配ミスでお届けが遅れ、申し訳ございません。本日代わりの品をお送りいたしました。',
			'ja'
		);
		expect(blameJa).toBeGreaterThan(ownedJa);
	});

	it('fires past the threshold, on the sentence that weighs most', () => {
		const found = en(
			'Thanks for writing. The courier handles all deliveries, so the delay is their responsibility. Customers are expected to check the tracking and contact the courier directly.'
		);
		expect(found).toHaveLength(1);
		expect(found[0]).not.toContain('thanks for writing');
		expect(
			ja(
				'配送は配送業者の管轄となっておりますので、当社では判断いたしかねます。配送業者へ直接お問い合わせください。'
			)
		).toHaveLength(1);
		expect(
			en('Thank you, Dana. I have refunded the £6.95 today; it reaches your card by Friday.')
		).toEqual([]);
		expect(ja('ご連絡ありがとうございます。本日、送料を返金いたしました。')).toEqual([]);
	});

	it('has weights only for cues it defines, and a threshold', () => {
		const cues = new Set(Object.keys(RESPONSIBILITY.cues));
		expect(Number.isFinite(RESPONSIBILITY.threshold)).toBe(true);
		for (const weights of Object.values(RESPONSIBILITY.weights)) {
			for (const feature of Object.keys(weights ?? {})) {
				if (feature === 'base') continue;
				const names = feature.slice(2).split('+');
				expect(
					names.every((name) => cues.has(name)),
					feature
				).toBe(true);
			}
		}
	});
});
