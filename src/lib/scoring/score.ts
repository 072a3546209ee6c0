import type { Token } from '../morph';
import { usesPhrases, type Check, type Locale, type Rubric } from '../rubric';
import { compileRubric } from './compile';
import { FINDERS, locateSignature, type Match } from './finders';
import { engineMessage } from './messages';
import { detectLocale, originalSpan, prepare, sentenceAt, type Prepared } from './text';
import type { CriterionScore, Evidence, Missing, Score, ScoringContext } from './types';

export interface ScoreOptions {
	/** Language of the feedback messages; the reply's locale when not given. */
	lang?: Locale;
	/**
	 * Morphemes of the reply from the tokenizer tier (kuromoji). Without them, `tokens` checks are
	 * skipped: the fast tier scores on every keystroke and the tokens refine the score when ready.
	 */
	tokens?: readonly Token[];
}

/**
 * Scores one reply against a rubric. Pure and deterministic: the same reply, rubric and context
 * always give the same score, and every point is backed by evidence spans of the original text.
 */
export function scoreReply(
	reply: string,
	rubric: Rubric,
	ctx: ScoringContext,
	options: ScoreOptions = {}
): Score {
	const locale = ctx.locale ?? detectLocale(reply);
	const lang = options.lang ?? locale;
	const compiled = compileRubric(rubric);
	const p = prepareReply(reply, locale, ctx.channel);

	const { checks, applicable, byId } = selectChecks(rubric, ctx.channel, locale, !!options.tokens);
	const found = new Map<Check, Match[]>();
	for (const check of checks)
		found.set(check, FINDERS[check.find]({ p, check, ctx, compiled, tokens: options.tokens }));

	const counts = (m: Match) => !m.void;
	// A match in the same sentence as a match of a `not_with` check does not count.
	const voidedBy = new Map<Match, string>();
	for (const check of checks) {
		for (const otherId of check.notWith) {
			const other = byId.get(otherId);
			const sentences = (other ? (found.get(other) ?? []) : [])
				.filter(counts)
				.map((m) => sentenceAt(p, m.start));
			for (const m of found.get(check)!) {
				if (counts(m) && sentences.some((s) => m.start >= s.start && m.start < s.end))
					voidedBy.set(m, otherId);
			}
		}
	}
	// A `checks` check reports again what the checks it names found and counted, so that one
	// finding (a blamed customer) can hold down a second criterion (empathy) without repeating
	// the phrase lists.
	for (const check of checks) {
		if (check.find !== 'checks') continue;
		const matches: Match[] = [];
		for (const ref of check.of) {
			const [id, part] = ref.split('.', 2);
			const other = byId.get(id);
			if (!other || other.find === 'checks') continue;
			for (const m of found.get(other) ?? [])
				if (counts(m) && !voidedBy.has(m) && (!part || m.part === part))
					matches.push({ start: m.start, end: m.end });
		}
		found.set(
			check,
			matches.sort((a, b) => a.start - b.start)
		);
	}
	const fired = (check: Check) =>
		(found.get(check) ?? []).some((m) => counts(m) && !voidedBy.has(m));
	// `requires` may chain; settle it by repeating until nothing changes.
	const unmet = new Set<Check>();
	const firedId = (id: string) => {
		const other = byId.get(id);
		return other !== undefined && !unmet.has(other) && fired(other);
	};
	for (let changed = true; changed;) {
		changed = false;
		for (const check of checks) {
			if (unmet.has(check) || !(check.requires.length || check.unless.length)) continue;
			const ok = check.requires.every(firedId) && !check.unless.some(firedId);
			if (!ok) {
				unmet.add(check);
				changed = true;
			}
		}
	}

	let autoFailReason: string | null = null;
	const criteria: Record<string, CriterionScore> = {};
	for (const criterion of rubric.criteria) {
		const max = criterion.levels.length - 1;
		const evidence: Evidence[] = [];
		const missing: Missing[] = [];
		let points = criterion.base;
		let cap = max;
		const active = criterion.checks.filter((k) => applicable.has(k));
		if (criterion.checks.length && !active.length) continue;
		for (const check of active) {
			const matches = found.get(check) ?? [];
			const applies = fired(check) && !unmet.has(check);
			// Structural matches carry their own points (each signature part); otherwise a check
			// counts once, or up to `limit` times when `each` is set.
			const allowed = check.each ? check.limit : 1;
			let counted = 0;
			for (const m of matches) {
				// A check held back by `unless` found nothing worth showing: leave it out.
				if (unmet.has(check) && !check.requires.length && check.unless.length) continue;
				const reason = voidReason(m, check, voidedBy, unmet, byId, lang);
				const earns = !reason && (m.points !== undefined || counted < allowed);
				const effect = earns ? (m.points ?? check.points) : 0;
				if (earns) counted++;
				evidence.push(
					evidenceFor(p, m, check, lang, {
						effect,
						reason: reason ?? (earns ? undefined : engineMessage('repeated', lang)),
						cap: earns ? check.cap : undefined,
						autoFail: earns && check.autoFail
					})
				);
				points += effect;
			}
			if (applies) {
				if (check.cap !== undefined) cap = Math.min(cap, check.cap);
				if (check.autoFail && !autoFailReason) autoFailReason = check.message[lang];
			} else if ((check.points > 0 || check.find === 'signature') && check.missing) {
				missing.push({
					check: check.id,
					message: check.missing[lang],
					example: check.example?.[lang]
				});
			}
		}
		const level = Math.min(cap, Math.max(0, Math.min(max, Math.floor(points + 1e-9))));
		evidence.sort((a, b) => a.start - b.start || b.end - a.end);
		criteria[criterion.id] = { level, max, weight: criterion.weight, evidence, missing };
	}

	// Nothing but white space or invisible marks: there is no reply to judge, whatever the bases.
	if (!p.norm.trim()) for (const c of Object.values(criteria)) c.level = 0;
	const total = autoFailReason ? 0 : weightedTotal(Object.values(criteria));
	return {
		criteria,
		total,
		autoFail: autoFailReason !== null,
		autoFailReason,
		passed: !autoFailReason && total >= rubric.pass,
		rubric: { id: rubric.id, version: rubric.version },
		locale,
		morphology: !!options.tokens
	};
}

interface Selection {
	checks: Check[];
	applicable: Set<Check>;
	byId: Map<string, Check>;
}

const selections = new WeakMap<Rubric, Map<string, Selection>>();

/**
 * The checks that run for a channel and locale, with and without the tokenizer tier: the same for
 * every keystroke, so chosen once per rubric and kept.
 */
function selectChecks(
	rubric: Rubric,
	channel: ScoringContext['channel'],
	locale: Locale,
	hasTokens: boolean
): Selection {
	let byRubric = selections.get(rubric);
	if (!byRubric) selections.set(rubric, (byRubric = new Map()));
	const key = `${channel}\u0000${locale}\u0000${hasTokens}`;
	let selection = byRubric.get(key);
	if (!selection) {
		const runnable = rubric.criteria
			.flatMap((c) => c.checks)
			.filter((k) => appliesTo(k, channel, locale, hasTokens));
		// A phrase check that a tokenizer-tier check does better gives way to it when the tokens are here.
		const running = new Set(runnable.map((k) => k.id));
		const checks = runnable.filter((k) => !k.replacedBy.some((id) => running.has(id)));
		selection = {
			checks,
			applicable: new Set(checks),
			byId: new Map(checks.map((k) => [k.id, k]))
		};
		byRubric.set(key, selection);
	}
	return selection;
}

/** A reply read as the checks see it: normalised, and in an email with its signature block found. */
export function prepareReply(reply: string, locale: Locale, channel: ScoringContext['channel']) {
	const p = prepare(reply, locale);
	if (channel === 'email') p.signatureStart = locateSignature(p);
	return p;
}

/** A check applies on its channels, and, when it matches phrases, in the locales it has phrases for. */
function appliesTo(
	check: Check,
	channel: ScoringContext['channel'],
	locale: Locale,
	hasTokens: boolean
): boolean {
	if (!check.channels.includes(channel)) return false;
	if (check.find === 'tokens' || check.find === 'keigo') return hasTokens && locale === 'ja';
	if (check.find === 'clash') return check.claims.some((c) => !!c.is[locale]?.length);
	return !usesPhrases(check.find) || !!check.phrases[locale]?.length;
}

function voidReason(
	m: Match,
	check: Check,
	voidedBy: Map<Match, string>,
	unmet: Set<Check>,
	byId: Map<string, Check>,
	lang: Locale
): string | undefined {
	if (m.void === 'negated') return engineMessage('negated', lang);
	const other = voidedBy.get(m);
	if (other)
		return engineMessage('voided', lang, { other: byId.get(other)?.message[lang] ?? other });
	if (unmet.has(check)) {
		if (check.unless.length && !check.requires.length) {
			const other = byId.get(check.unless[0]!);
			return engineMessage('unless', lang, { other: other?.message[lang] ?? check.unless[0]! });
		}
		const needed = check.requires.find((id) => byId.get(id)) ?? '';
		return engineMessage('requires', lang, { other: byId.get(needed)?.missing?.[lang] ?? needed });
	}
	return undefined;
}

function evidenceFor(
	p: Prepared,
	m: Match,
	check: Check,
	lang: Locale,
	extra: { effect: number; reason?: string; cap?: number; autoFail?: boolean }
): Evidence {
	const span = originalSpan(p, m.start, m.end);
	const evidence: Evidence = {
		start: span.start,
		end: span.end,
		text: p.original.slice(span.start, span.end),
		check: m.part ? `${check.id}.${m.part}` : check.id,
		effect: extra.effect,
		message: (m.message ?? check.message)[lang]
	};
	if (extra.cap !== undefined) evidence.cap = extra.cap;
	if (extra.autoFail) evidence.autoFail = true;
	if (extra.reason) evidence.void = extra.reason;
	return evidence;
}

/**
 * The total, 0–100, of levels weighed by their criteria: what a score shows, and what graders'
 * levels add up to when `dojo eval` compares pass and fail.
 */
export function weightedTotal(
	levels: readonly { level: number; max: number; weight: number }[]
): number {
	const weight = levels.reduce((sum, c) => sum + c.weight, 0);
	const raw = weight
		? levels.reduce((sum, c) => sum + (c.weight * c.level) / c.max, 0) / weight
		: 0;
	return Math.round(raw * 100);
}
