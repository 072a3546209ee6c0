import { MAX_TEXT } from '../../limits';
import type { MessageKey } from '../i18n.svelte';

/** From this many characters on, the reply box says how close the reply is to MAX_TEXT. */
export const NEAR_REPLY_LIMIT = Math.floor(MAX_TEXT * 0.9);

/** What the reply box says under a reply of this length, or null while it is far from the limit. */
export function replyLimitNote(length: number): MessageKey | null {
	if (length >= MAX_TEXT) return 'playReplyAtLimit';
	return length >= NEAR_REPLY_LIMIT ? 'playReplyNearLimit' : null;
}
