import type { Token } from '../../morph';
import type { Match, FinderInput } from '../finders';
import { normalizedIndex, originalSpan, spanAt, type Prepared, type Span } from '../text';
import { keigoMessage } from './keigo-messages';
import { sentenceRegister, registerFinding } from './keigo-register';
import { keigoFindings, type KeigoFinding } from './keigo-rules';

/** Lines that are not running sentences: list items, headings (■状況, 【結果】) and the like. */
const NOTE_LINE = /^(?:\d{1,2}[.)、．]|\(\d{1,2}\)|[①-⑳]|[-*・•●■□◆◇▶▼→【［[])/u;
const QUOTE = /「[^「」\n]*」|『[^『』\n]*』|"[^"\n]*"/gu;

// Every keigo check of a reply reads the same findings: work them out once per tokenization.
const cache = new WeakMap<readonly Token[], KeigoFinding[]>();

/**
 * `find: keigo`: keigo mistakes read from the morphemes (the tokenizer tier), each with its own
 * feedback and corrected form. Only the rules the check names are reported; nothing in quotes
 * (the customer's own words) or in the signature.
 */
export function findKeigo({ p, check, ctx, tokens }: FinderInput): Match[] {
	if (!tokens?.length) return [];
	let findings = cache.get(tokens);
	if (!findings) {
		const own = ctx.agent.name.split(/\s+/).filter((part) => part.length >= 2);
		findings = [...keigoFindings(tokens, own), ...registerDrops(p, tokens)];
		cache.set(tokens, findings);
	}
	const quotes = [...p.norm.matchAll(QUOTE)].map((m) => ({
		start: m.index,
		end: m.index + m[0].length
	}));
	const out: Match[] = [];
	for (const f of findings) {
		if (!check.rules.includes(f.rule)) continue;
		const first = tokens[f.from]!;
		const last = tokens[f.to - 1]!;
		if (last.end > p.original.length) continue;
		const start = normalizedIndex(p, first.start);
		const end = normalizedIndex(p, last.end);
		if (start >= p.signatureStart) continue;
		if (quotes.some((q) => start >= q.start && end <= q.end)) continue;
		const span = originalSpan(p, start, end);
		out.push({
			start,
			end,
			message: keigoMessage(f.why, p.original.slice(span.start, span.end), f.fix)
		});
	}
	return out.sort((a, b) => a.start - b.start);
}

/** Each body sentence that ends in a plain form (だ, する, した), outside notes and the signature. */
function registerDrops(p: Prepared, tokens: readonly Token[]): KeigoFinding[] {
	const out: KeigoFinding[] = [];
	let t = 0;
	for (const sentence of p.sentences) {
		if (sentence.start >= p.signatureStart) break;
		const { start, end } = originalSpan(p, sentence.start, sentence.end);
		while (t < tokens.length && tokens[t]!.start < start) t++;
		let to = t;
		while (to < tokens.length && tokens[to]!.end <= end) to++;
		if (to === t || isNote(p, sentence)) continue;
		const { register, at } = sentenceRegister(tokens, t, to);
		if (register === 'plain') out.push(registerFinding(tokens, at, lastContent(tokens, at, to)));
		t = to;
	}
	return out;
}

function lastContent(tokens: readonly Token[], from: number, to: number): number {
	let end = to;
	while (end > from + 1 && tokens[end - 1]!.pos === '記号') end--;
	return end;
}

/** A list item, or a heading: a short line with no sentence punctuation and no comma. */
function isNote(p: Prepared, sentence: Span): boolean {
	const line = spanAt(p.lines, sentence.start);
	if (!line) return false;
	const text = p.norm.slice(line.start, line.end);
	if (NOTE_LINE.test(text)) return true;
	return text.length <= 12 && !/[。．.!！?？、,]/.test(text);
}
