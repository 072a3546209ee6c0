import { MAX_TEXT } from '../limits';

/**
 * Longest reply, in UTF-16 code units (as `String.length` counts), that the command line scores:
 * the longest text the app stores and a backup keeps, so nothing longer can have come from the
 * app. A 100,000-character Japanese reply, tokenizer included, scores in about a second.
 */
export const MAX_REPLY = MAX_TEXT;

/** Why a reply is not scored, or null when it can be. */
export function replyTooLong(reply: string): string | null {
	if (reply.length <= MAX_REPLY) return null;
	const count = (n: number) => n.toLocaleString('en');
	return `the reply has ${count(reply.length)} characters; replies longer than ${count(MAX_REPLY)} are not scored (the app cannot store them either): shorten it`;
}
