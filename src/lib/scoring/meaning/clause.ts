import type { Locale, Localized } from '../../rubric';
import type { Match } from '../finders';
import { sentenceAt, type Prepared, type Span } from '../text';

/**
 * A reading rule: a pattern for one way of saying something, and what voids it in its clause.
 * Patterns run over the normalised body (lower case, NFKC) with the `g` flag.
 */
export interface ClauseRule {
	re: RegExp;
	/** A negation in the clause cancels it ("this is not your fault", お客様の落ち度ではございません). */
	negatable?: boolean;
	/** A condition or question in the clause cancels it ("if you entered the wrong code…"). */
	hedged?: boolean;
	/**
	 * Our own side as the subject of the clause cancels it: 当社が確認していれば, "a stupid mistake on
	 * our part" are ownership, not blame.
	 */
	ours?: boolean;
	message: Localized;
}

export type RuleSet = Record<Locale, readonly ClauseRule[]>;

const CLAUSE_START_EN =
	/[,;:()]|\b(?:and|but|so|because|although|though|while|which|that)\b|\s-\s/g;
const CLAUSE_END_JA = /[、,;；。()（）]|が、|ので|けれど|けど/;

const NEGATION_EN =
	/\b(?:not|never|no|nothing|none|nor)\b|n't\b|\bnot (?:at all|anything|something)\b/;
const NEGATION_JA =
	/^(?:では|じゃ|でも|には|は|も)?(?:ござい|あり)?ません|^(?:では|じゃ)(?:ない|なく|なかっ)|^(?:は|も)(?:ない|なく|ございません|ありません)|^(?:など)?(?:一切|全く|何ら)?(?:ござい|あり)ません/;
const HEDGE_EN = /\b(?:if|whether|in case|unless|when|once|as soon as)\b/;
const OURS_EN = /\b(?:we|our|ours|us|my|me|i)\b/;
const OURS_JA =
	/当社|弊社|私ども|わたくしども|私たち|当方|こちら(?:側|で|の|が|から)|私(?:が|の|から)|当店|当館|担当者が/;

/** Runs every rule of the reply's locale over the body (above the signature) and keeps what stands. */
export function readClauses(p: Prepared, rules: RuleSet): Match[] {
	const body = p.norm.slice(0, p.signatureStart);
	const out: Match[] = [];
	for (const rule of rules[p.locale]) {
		rule.re.lastIndex = 0;
		for (let m = rule.re.exec(body); m; m = rule.re.exec(body)) {
			if (m[0].length === 0) {
				rule.re.lastIndex++;
				continue;
			}
			const span = { start: m.index, end: m.index + m[0].length };
			if (voided(p, span, rule)) continue;
			if (out.some((o) => o.start < span.end && span.start < o.end)) continue;
			out.push({ ...span, message: rule.message });
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

function voided(p: Prepared, span: Span, rule: ClauseRule): boolean {
	if (!rule.negatable && !rule.hedged && !rule.ours) return false;
	const before = clauseBefore(p, span);
	const after = clauseAfter(p, span);
	if (rule.negatable) {
		if (p.locale === 'en' ? NEGATION_EN.test(before) : NEGATION_JA.test(after.trimStart()))
			return true;
	}
	if (rule.hedged) {
		if (p.locale === 'en' && HEDGE_EN.test(before)) return true;
		const sentence = sentenceAt(p, span.start);
		if (/[?？]\s*$/.test(p.norm.slice(span.end, sentence.end))) return true;
	}
	if (rule.ours) {
		const said = before + p.norm.slice(span.start, span.end);
		if (p.locale === 'ja' && OURS_JA.test(said)) return true;
		const clause = said + clauseAfter(p, span);
		if (p.locale === 'en' && OURS_EN.test(clause) && !/\byou/.test(clause)) return true;
	}
	return false;
}

/** The clause's words before the match, from the last clause break in its sentence. */
export function clauseBefore(p: Prepared, span: Span): string {
	const sentence = sentenceAt(p, span.start);
	const text = p.norm.slice(Math.max(sentence.start, span.start - 60), span.start);
	if (p.locale === 'ja') {
		const parts = text.split(/[、,;；。()（）]|ので|けれど|けど/);
		return parts[parts.length - 1] ?? '';
	}
	let cut = 0;
	CLAUSE_START_EN.lastIndex = 0;
	for (let b = CLAUSE_START_EN.exec(text); b; b = CLAUSE_START_EN.exec(text))
		cut = b.index + b[0].length;
	return text.slice(cut);
}

/** The clause's words after the match, up to the next clause break in its sentence. */
export function clauseAfter(p: Prepared, span: Span): string {
	const sentence = sentenceAt(p, span.start);
	const text = p.norm.slice(span.end, Math.min(sentence.end, span.end + 30));
	const stop = CLAUSE_END_JA.exec(text);
	return stop ? text.slice(0, stop.index) : text;
}

/** Compiles a list of pattern sources once into one global, Unicode-aware pattern. */
export function anyOf(...sources: string[]): RegExp {
	return new RegExp(sources.map((s) => `(?:${s})`).join('|'), 'gu');
}
