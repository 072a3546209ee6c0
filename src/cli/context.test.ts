import { describe, expect, it } from 'vitest';
import { contextFrom } from './context';

describe('contextFrom', () => {
	it('reads a list of options as one fact, and leaves out what is not text', () => {
		const ctx = contextFrom(
			{
				locale: 'en',
				facts: {
					agent: 'Tom',
					can_do: ['Activate the card now', 'Add a $10 goodwill credit', 3],
					nested: { a: 1 }
				}
			},
			'Hi'
		);
		expect(ctx.facts.can_do).toBe('Activate the card now; Add a $10 goodwill credit; 3');
		expect(ctx.facts).not.toHaveProperty('nested');
		expect(ctx.agent.name).toBe('Tom');
	});
});
