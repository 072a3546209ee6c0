import { describe, expect, it } from 'vitest';
import { evidenceOf, scored } from './meaning/test-helpers';

describe('clarity levels as the labelers read them', () => {
	it('gives level 3 to a short plain answer that says when, what to do, and invites the next question', () => {
		const s = scored(
			'Hi Dana, your replacement goes out today and the courier expects to deliver it on Friday 4 December. Please send the grey jacket back with the prepaid label. Any questions, just reply here.',
			'en',
			undefined,
			'chat'
		);
		expect(evidenceOf(s, 'clarity', 'answers-ahead').length).toBeGreaterThan(0);
		expect(s.criteria.clarity?.level).toBe(3);
	});

	it('holds "we will look into it" at level 1, as vague', () => {
		const s = scored(
			'Hello Dana, thank you for your message. We will look into it and get back to you.\n\nSam Carter\nCustomer Care, Northwind Shop',
			'en'
		);
		expect(evidenceOf(s, 'clarity', 'vague-plan').length).toBe(1);
		expect(s.criteria.clarity?.level).toBeLessThanOrEqual(1);
	});

	const answer =
		'Your replacement jacket goes out today and the courier expects to deliver it on Friday 4 December.\n\n1. Keep the grey one until the new one arrives.\n2. Send it back with the prepaid label in the parcel.\n\nIf the courier misses you, they will leave a card with a new slot. Any questions, just reply here.';

	it('lets a structured answer signed at the end reach level 3', () => {
		const s = scored(`Hi Dana,\n\n${answer}\n\nSam Carter\nCustomer Care, Northwind Shop`, 'en');
		expect(evidenceOf(s, 'clarity', 'unfinished')).toEqual([]);
		expect(s.criteria.clarity?.level).toBe(3);
	});

	it('holds the same answer at 2 when it is signed above the answer, or signed twice', () => {
		const signedAbove = scored(
			`Hi Dana,\n\nSam Carter\nCustomer Care, Northwind Shop\n\n${answer}`,
			'en'
		);
		expect(evidenceOf(signedAbove, 'clarity', 'unfinished').map((e) => e.text)).toEqual([
			'Sam Carter'
		]);
		expect(signedAbove.criteria.clarity?.level).toBe(2);
		const signature = '\n\nSam Carter\nCustomer Care, Northwind Shop';
		const twice = scored(`Hi Dana,\n\n${answer}${signature}${signature}`, 'en');
		expect(evidenceOf(twice, 'clarity', 'unfinished').length).toBeGreaterThan(0);
		expect(twice.criteria.clarity?.level).toBe(2);
	});

	it('holds an answer with a template blank left in at 2', () => {
		const s = scored(
			`Hi {first_name},\n\n${answer}\n\nSam Carter\nCustomer Care, Northwind Shop`,
			'en'
		);
		expect(evidenceOf(s, 'clarity', 'unfinished').map((e) => e.text)).toEqual(['{first_name}']);
		expect(s.criteria.clarity?.level).toBe(2);
	});

	it('holds an answer in broken grammar at 2', () => {
		const s = scored(
			'Hi Dana,\n\nThank you for write to us. Your replacement jacket is sended today and the courier expect it take two days, so it arrive on Friday 4 December.\n\n1. Please keep the grey one until the new one is arrived.\n2. Send it back with the prepaid label.\n\nAny questions, just reply here.\n\nSam Carter\nCustomer Care, Northwind Shop',
			'en'
		);
		expect(evidenceOf(s, 'clarity', 'hard-to-follow').length).toBeGreaterThan(0);
		expect(s.criteria.clarity?.level).toBeLessThanOrEqual(2);
	});
});
