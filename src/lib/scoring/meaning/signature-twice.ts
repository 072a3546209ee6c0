import type { Localized } from '../../rubric';
import type { FinderInput, Match } from '../finders';

const MESSAGE: Localized = {
	en: 'The signature appears twice. A second copy does not tell the customer more; it looks like a paste slip. Keep one block at the end.',
	ja: '署名が二度入っています。二つ目は情報を増やさず、貼り付けミスに見えます。末尾に一つだけ残しましょう。'
};

function key(text: string): string {
	return text.replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A line with the agent's name or the company (a signature line) that occurs again further down,
 * as a line of its own. The evidence is the second copy.
 */
export function findSignatureTwice({ p, ctx }: FinderInput): Match[] {
	const marks = [ctx.agent.name, ctx.agent.company]
		.map((m) => m.normalize('NFKC').toLowerCase().trim())
		.filter((m) => m.length >= 2);
	if (!marks.length) return [];
	const seen = new Map<string, number>();
	for (const line of p.lines) {
		const text = p.norm.slice(line.start, line.end);
		// Only short lines: a sentence that names the company twice is not a signature.
		if (text.length > 80 || /[.。!！?？]$/.test(text)) continue;
		if (
			!marks.some(
				(m) => text.includes(m) || text.replace(/\s+/g, '').includes(m.replace(/\s+/g, ''))
			)
		)
			continue;
		const k = key(text);
		if (k.length < 2) continue;
		if (seen.has(k))
			return [{ start: line.start, end: line.end }].map((s) => ({ ...s, message: MESSAGE }));
		seen.set(k, line.start);
	}
	return [];
}
