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
});
