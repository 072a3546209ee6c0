import { describe, expect, it } from 'vitest';
import { MAX_REPLY, replyTooLong } from './limits';

describe('MAX_REPLY', () => {
	it('lets a reply of exactly MAX_REPLY through and names the limit above it', () => {
		expect(replyTooLong('x'.repeat(MAX_REPLY))).toBeNull();
		expect(replyTooLong('x'.repeat(MAX_REPLY + 1))).toMatch(/100,001 .* 100,000/);
	});
});
