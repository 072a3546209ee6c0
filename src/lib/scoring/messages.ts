import type { Locale } from '../rubric';

/** The engine's own words, for evidence that did not count; everything else comes from rubric files. */
const MESSAGES = {
	negated: {
		en: 'Negated in this sentence, so it does not count.',
		ja: '同じ文で打ち消されているため、加点しません。'
	},
	voided: {
		en: 'Does not count: the same sentence also has "{other}".',
		ja: '同じ文に「{other}」があるため、加点しません。'
	},
	requires: {
		en: 'Does not count without "{other}".',
		ja: '「{other}」がないため、加点しません。'
	},
	unless: {
		en: 'Does not count: the reply also has "{other}".',
		ja: '「{other}」があるため、数えません。'
	},
	repeated: { en: 'Counted once already.', ja: 'すでに一度数えています。' }
} as const;

export function engineMessage(
	key: keyof typeof MESSAGES,
	lang: Locale,
	vars: Record<string, string> = {}
): string {
	return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? '');
}
