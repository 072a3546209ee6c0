import { describe, expect, it } from 'vitest';
import { MAX_TEXT } from '../../limits';
import * as play from '../messages/play';
import { NEAR_REPLY_LIMIT, replyLimitNote } from './reply-limit';

describe('the note under the reply box', () => {
	it('says nothing far from the limit, then how close the reply is, then that it is full', () => {
		expect(replyLimitNote(0)).toBeNull();
		expect(replyLimitNote(NEAR_REPLY_LIMIT - 1)).toBeNull();
		expect(replyLimitNote(NEAR_REPLY_LIMIT)).toBe('playReplyNearLimit');
		expect(replyLimitNote(MAX_TEXT - 1)).toBe('playReplyNearLimit');
		expect(replyLimitNote(MAX_TEXT)).toBe('playReplyAtLimit');
	});

	it('names the limit in both languages', () => {
		for (const messages of [play.en, play.ja])
			for (const key of ['playReplyNearLimit', 'playReplyAtLimit'] as const)
				expect(messages[key]).toContain('{max}');
	});
});
