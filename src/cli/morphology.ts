import type { Token } from '../lib/morph';
import { loadTokenizer } from '../lib/morph/node';
import type { Locale } from '../lib/rubric';

/** Morphemes for the tokenizer tier: only Japanese replies need them. */
export async function morphologyFor(locale: Locale, reply: string): Promise<Token[] | undefined> {
	if (locale !== 'ja') return undefined;
	const tokenize = await loadTokenizer();
	return tokenize(reply);
}
