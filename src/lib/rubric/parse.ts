import { contentHash, formatDiagnostic, Validator, YamlSource, type Diagnostic } from '../content';
import type { Path } from '../content/validate';
import { MergedReporter, mergePack, USES_RUBRIC_FIELDS, type PackSource } from './pack';
import { MAX_CHECKS, MAX_CRITERIA, MAX_KEY, MAX_LEVELS, MAX_SHORT, MAX_TEXT } from '../limits';
import {
	CHANNELS,
	FINDERS,
	KEIGO_RULES,
	LOCALES,
	PLACES,
	SIGNATURE_PARTS,
	type Check,
	type Claim,
	type Criterion,
	type Locale,
	type Localized,
	type Rubric,
	TOKEN_FIELDS,
	type TokenPattern,
	usesPhrases
} from './types';

const RUBRIC_FIELDS = ['id', 'title', 'description', 'pass', 'negation', 'hedges', 'criteria'];
const CRITERION_FIELDS = ['id', 'name', 'weight', 'base', 'levels', 'checks'];
const PACK_FIELDS = ['id', 'negation', 'hedges', 'criteria'];
const PACK_CRITERION_FIELDS = ['id', 'name', 'levels', 'checks'];
const CHECK_FIELDS = [
	'id',
	'find',
	'phrases',
	'where',
	'negatable',
	'not_with',
	'requires',
	'unless',
	'of',
	'sequences',
	'claims',
	'rules',
	'replaced_by',
	'facts',
	'min',
	'max',
	'parts',
	'channels',
	'points',
	'each',
	'limit',
	'cap',
	'auto_fail',
	'keep_cap',
	'message',
	'missing',
	'example'
];
const ID = /^[a-z][a-z0-9_-]*$/;

export type RubricParse =
	{ ok: true; rubric: Rubric; diagnostics: [] } | { ok: false; diagnostics: Diagnostic[] };

export interface RubricOptions {
	/**
	 * The text of the pack a rubric's `uses` names (`packs/<id>.yaml` beside the rubric), or
	 * undefined when there is no such pack. The caller reads files; this module never does.
	 */
	readPack?: (id: string) => PackSource | undefined;
}

/**
 * Parses and validates one rubric file, reporting every problem with its position: in the rubric,
 * or in the pack it `uses` when the problem is written there.
 */
export function parseRubric(file: string, text: string, options: RubricOptions = {}): RubricParse {
	const source = new YamlSource(file, text);
	if (source.diagnostics.length) return { ok: false, diagnostics: source.diagnostics };
	const data = source.data;
	if (data !== null && typeof data === 'object' && 'uses' in data)
		return parseWithPack(source, text, data as Record<string, unknown>, options);
	const rubric = validateRubric(new Validator(source), data, file, contentHash(text));
	return source.diagnostics.length
		? { ok: false, diagnostics: source.diagnostics }
		: { ok: true, rubric, diagnostics: [] };
}

/** Validates a pack file on its own (`dojo check rubrics/packs/support.yaml`). */
export function parsePack(file: string, text: string): { ok: boolean; diagnostics: Diagnostic[] } {
	const { source } = readPackSource(file, text);
	return { ok: source.diagnostics.length === 0, diagnostics: source.diagnostics };
}

function parseWithPack(
	source: YamlSource,
	text: string,
	root: Record<string, unknown>,
	options: RubricOptions
): RubricParse {
	const v = new Validator(source);
	v.record(root, [], USES_RUBRIC_FIELDS);
	const packId = v.string(root.uses, ['uses'], { max: MAX_SHORT });
	const found = packId ? options.readPack?.(packId) : undefined;
	if (packId && !found)
		v.report(
			['uses'],
			`no pack "${packId}": a rubric finds its pack in packs/${packId}.yaml beside the rubric file; create it there or name an existing pack`
		);
	if (!found) return { ok: false, diagnostics: source.diagnostics };
	const pack = readPackSource(found.file, found.text);
	if (!pack.data)
		return { ok: false, diagnostics: [...source.diagnostics, ...pack.source.diagnostics] };

	const { data, locate } = mergePack(v, root, packId, pack.data);
	const merged = new MergedReporter(source, pack.source, locate);
	const rubric = validateRubric(
		new Validator(merged),
		data,
		source.file,
		contentHash(`${text}\n${found.text}`)
	);
	// The pack on its own already reported its own problems; the merged rubric adds those that come
	// from how this rubric uses it (a reference to a criterion it leaves out, a check left without
	// points), which are written in the pack but belong to this rubric.
	const seen = new Set([...source.diagnostics, ...pack.source.diagnostics].map(formatDiagnostic));
	const diagnostics = [...source.diagnostics, ...pack.source.diagnostics];
	for (const { inPack, ...d } of merged.diagnostics) {
		const key = formatDiagnostic(d);
		if (seen.has(key)) continue;
		seen.add(key);
		diagnostics.push(inPack ? { ...d, message: `${d.message} (as ${source.file} uses it)` } : d);
	}
	return diagnostics.length ? { ok: false, diagnostics } : { ok: true, rubric, diagnostics: [] };
}

/** The pack's YAML, validated on its own; `data` is undefined when it is not YAML at all. */
function readPackSource(
	file: string,
	text: string
): { source: YamlSource; data?: Record<string, unknown> } {
	const source = new YamlSource(file, text);
	if (source.diagnostics.length) return { source };
	const v = new Validator(source);
	const root = v.record(source.data, [], PACK_FIELDS);
	const id = v.string(root.id, ['id'], { max: MAX_SHORT });
	checkFileId(v, id, file, 'rubrics can name it in "uses"');
	const criteria = v
		.most(v.list(root.criteria, ['criteria']), ['criteria'], MAX_CRITERIA)
		.map((c, i) => criterion(v, c, ['criteria', i], { inPack: true }));
	checkUnique(
		v,
		criteria.map((c) => c.id),
		(i) => ['criteria', i, 'id'],
		'criterion'
	);
	checkReferences(v, criteria);
	cues(v, root.negation, 'negation');
	cues(v, root.hedges, 'hedges');
	return { source, data: root };
}

/** The rubric in `data` (the single-file format), each problem reported on `v`. */
function validateRubric(v: Validator, data: unknown, file: string, version: string): Rubric {
	const root = v.record(data, [], RUBRIC_FIELDS);

	const id = v.string(root.id, ['id'], { max: MAX_SHORT });
	checkFileId(v, id, file, 'scenarios can find it');

	const criteria = v
		.most(v.list(root.criteria, ['criteria']), ['criteria'], MAX_CRITERIA)
		.map((c, i) => criterion(v, c, ['criteria', i]));
	if (criteria.length === 0) v.report(['criteria'], 'a rubric needs at least one criterion');
	checkUnique(
		v,
		criteria.map((c) => c.id),
		(i) => ['criteria', i, 'id'],
		'criterion'
	);
	checkReferences(v, criteria);
	checkEffects(v, criteria);
	if (criteria.length && criteria.every((c) => c.weight === 0)) {
		v.report(['criteria'], 'at least one criterion needs a weight above 0');
	}

	return {
		id,
		title: localized(v, root.title, ['title']),
		description: localized(v, root.description ?? { en: '', ja: '' }, ['description'], true),
		pass: root.pass === undefined ? 60 : v.number(root.pass, ['pass'], { min: 0, max: 100 }),
		negation: cues(v, root.negation, 'negation'),
		hedges: cues(v, root.hedges, 'hedges'),
		criteria,
		version
	};
}

/** The id of a rubric or pack must be its file name, which is how others find it. */
function checkFileId(v: Validator, id: string, file: string, why: string): void {
	if (id && !ID.test(id)) v.report(['id'], `id "${id}" must be lowercase letters, digits, - or _`);
	const expected = file
		.split(/[\\/]/)
		.pop()
		?.replace(/\.ya?ml$/, '');
	if (id && expected && id !== expected) {
		v.report(['id'], `id "${id}" must match the file name "${expected}" so ${why}`);
	}
}

/** A criterion of a rubric, or of a pack (`inPack`: no weight or base, the rubric gives them). */
function criterion(v: Validator, value: unknown, path: Path, { inPack = false } = {}): Criterion {
	const c = v.record(value, path, inPack ? PACK_CRITERION_FIELDS : CRITERION_FIELDS);
	// A criterion id is a key of every score's criteria.
	const id = v.string(c.id, [...path, 'id'], { max: MAX_KEY });
	if (id && !ID.test(id))
		v.report([...path, 'id'], `criterion id "${id}" must be lowercase letters, digits, - or _`);
	const levels = v
		.most(v.list(c.levels, [...path, 'levels']), [...path, 'levels'], MAX_LEVELS)
		.map((l, i) => localized(v, l, [...path, 'levels', i]));
	if (levels.length < 2)
		v.report([...path, 'levels'], 'describe at least levels 0 and 1, one list item per level');
	const checks = v
		.most(v.list(c.checks, [...path, 'checks']), [...path, 'checks'], MAX_CHECKS)
		.map((k, i) => check(v, k, [...path, 'checks', i], levels.length - 1));
	return {
		id,
		name: localized(v, c.name, [...path, 'name']),
		weight: inPack ? 0 : v.number(c.weight, [...path, 'weight'], { min: 0, max: 100 }),
		base:
			inPack || c.base === undefined
				? 0
				: v.number(c.base, [...path, 'base'], { min: 0, max: Math.max(levels.length - 1, 0) }),
		levels,
		checks
	};
}

function check(v: Validator, value: unknown, path: Path, maxLevel: number): Check {
	const k = v.record(value, path, CHECK_FIELDS);
	const find = v.oneOf(k.find ?? 'phrases', [...path, 'find'], FINDERS, 'phrases');
	const result: Check = {
		id: v.string(k.id, [...path, 'id'], { max: MAX_SHORT }),
		find,
		phrases: phrases(v, k.phrases, [...path, 'phrases']),
		where: v.oneOf(k.where ?? 'anywhere', [...path, 'where'], PLACES, 'anywhere'),
		negatable: flag(v, k.negatable, [...path, 'negatable']),
		notWith: v.strings(k.not_with, [...path, 'not_with'], { optional: true }),
		requires: v.strings(k.requires, [...path, 'requires'], { optional: true }),
		unless: v.strings(k.unless, [...path, 'unless'], { optional: true }),
		of: v.strings(k.of, [...path, 'of'], { optional: true }),
		sequences: sequences(v, k.sequences, [...path, 'sequences']),
		claims: claims(v, k.claims, [...path, 'claims']),
		rules: v
			.strings(k.rules, [...path, 'rules'], { optional: true })
			.map((r, i) => v.oneOf(r, [...path, 'rules', i], KEIGO_RULES, KEIGO_RULES[0])),
		replacedBy: v.strings(k.replaced_by, [...path, 'replaced_by'], { optional: true }),
		facts: v.strings(k.facts, [...path, 'facts'], { optional: true }),
		min: perLocale(v, k.min, [...path, 'min']),
		max: perLocale(v, k.max, [...path, 'max']),
		parts: k.parts === undefined ? undefined : parts(v, k.parts, [...path, 'parts']),
		channels:
			k.channels === undefined
				? [...CHANNELS]
				: v
						.strings(k.channels, [...path, 'channels'])
						.map((c, i) => v.oneOf(c, [...path, 'channels', i], CHANNELS, 'email')),
		points:
			k.points === undefined
				? 0
				: v.number(k.points, [...path, 'points'], { min: -maxLevel, max: maxLevel }),
		each: flag(v, k.each, [...path, 'each']),
		limit:
			k.limit === undefined
				? 1
				: v.number(k.limit, [...path, 'limit'], { min: 1, integer: true, fallback: 1 }),
		cap:
			k.cap === undefined
				? undefined
				: v.number(k.cap, [...path, 'cap'], { min: 0, max: maxLevel, integer: true }),
		autoFail: flag(v, k.auto_fail, [...path, 'auto_fail']),
		keepCap: flag(v, k.keep_cap, [...path, 'keep_cap']),
		message: localized(v, k.message, [...path, 'message']),
		missing: k.missing === undefined ? undefined : localized(v, k.missing, [...path, 'missing']),
		example: k.example === undefined ? undefined : localized(v, k.example, [...path, 'example'])
	};
	if (result.id && !ID.test(result.id))
		v.report([...path, 'id'], `check id "${result.id}" must be lowercase letters, digits, - or _`);
	if (usesPhrases(find)) {
		if (!Object.keys(result.phrases).length)
			v.report([...path, 'phrases'], `a "${find}" check needs phrases for ja, en or both`);
	}
	if (find === 'checks' && !result.of.length)
		v.report(path, 'a "checks" check needs "of": the ids of the checks it repeats');
	if (find !== 'checks' && result.of.length)
		v.report([...path, 'of'], '"of" only applies to a "checks" check');
	if (find === 'tokens' && !result.sequences.length)
		v.report(
			path,
			'a "tokens" check needs "sequences": lists of morpheme patterns such as { basic: [おっしゃる] }'
		);
	if (find !== 'tokens' && result.sequences.length)
		v.report([...path, 'sequences'], '"sequences" only applies to "find: tokens"');
	if (find === 'clash' && !result.claims.length)
		v.report(
			path,
			'a "clash" check needs "claims": pairs of phrase lists, { about, is: {...}, is_not: {...} }'
		);
	if (find !== 'clash' && result.claims.length)
		v.report([...path, 'claims'], '"claims" only applies to "find: clash"');
	if (find === 'keigo' && !result.rules.length)
		v.report(path, `a "keigo" check needs "rules": one or more of ${KEIGO_RULES.join(', ')}`);
	if (find !== 'keigo' && result.rules.length)
		v.report([...path, 'rules'], '"rules" only applies to "find: keigo"');
	if (find === 'signature' && !result.parts)
		v.report(path, 'a "signature" check needs "parts" with the points of each part');
	if ((find === 'facts' || find === 'case-details' || find === 'promise') && !result.facts.length) {
		v.report(path, `a "${find}" check needs "facts": the scenario fact keys it reads`);
	}
	if (find === 'contradiction') {
		for (const [locale, list] of Object.entries(result.phrases)) {
			list.forEach((phrase, i) => {
				if (!/^\/.*\((?!\?).*\/$/.test(phrase))
					v.report(
						[...path, 'phrases', locale, i],
						'a "contradiction" phrase must be a /regular expression/ with a ( ) group around the denied word'
					);
			});
		}
	}
	return result;
}

function claims(v: Validator, value: unknown, path: Path): Claim[] {
	if (value === undefined) return [];
	return v.list(value, path).map((item, i) => {
		const at = [...path, i];
		const record = v.record(item, at, ['about', 'is', 'is_not']);
		const claim: Claim = {
			about: v.string(record.about, [...at, 'about']),
			is: phrases(v, record.is, [...at, 'is']),
			isNot: phrases(v, record.is_not, [...at, 'is_not'])
		};
		if (claim.about && !ID.test(claim.about))
			v.report([...at, 'about'], `"${claim.about}" must be lowercase letters, digits, - or _`);
		for (const locale of LOCALES) {
			if (!claim.is[locale]?.length !== !claim.isNot[locale]?.length)
				v.report(at, `give both "is" and "is_not" phrases for ${locale}, or neither`);
		}
		if (!Object.keys(claim.is).length) v.report(at, 'a claim needs "is" and "is_not" phrases');
		return claim;
	});
}

function sequences(v: Validator, value: unknown, path: Path): TokenPattern[][] {
	if (value === undefined) return [];
	return v.list(value, path).map((sequence, i) =>
		v.list(sequence, [...path, i]).map((step, j) => {
			const at = [...path, i, j];
			const record = v.record(step, at, [...TOKEN_FIELDS, 'gap']);
			const pattern: TokenPattern = {};
			for (const field of TOKEN_FIELDS) {
				if (record[field] !== undefined) pattern[field] = v.strings(record[field], [...at, field]);
			}
			if (record.gap !== undefined)
				pattern.gap = v.number(record.gap, [...at, 'gap'], { min: 0, max: 8, integer: true });
			if (!TOKEN_FIELDS.some((field) => pattern[field]))
				v.report(at, `a token pattern needs at least one of ${TOKEN_FIELDS.join(', ')}`);
			return pattern;
		})
	);
}

function localized(v: Validator, value: unknown, path: Path, optional = false): Localized {
	if (typeof value === 'string') {
		const text = v.limit(value, path, MAX_TEXT);
		return { en: text, ja: text };
	}
	const record = v.record(value ?? (optional ? {} : value), path, LOCALES);
	return {
		en: v.string(record.en, [...path, 'en'], { optional, max: MAX_TEXT }),
		ja: v.string(record.ja, [...path, 'ja'], { optional, max: MAX_TEXT })
	};
}

function phrases(v: Validator, value: unknown, path: Path): Partial<Record<Locale, string[]>> {
	if (value === undefined) return {};
	const record = v.record(value, path, LOCALES);
	const out: Partial<Record<Locale, string[]>> = {};
	for (const locale of LOCALES) {
		if (record[locale] === undefined) continue;
		const list = v.strings(record[locale], [...path, locale]);
		list.forEach((phrase, i) => {
			const regex = /^\/(.+)\/$/.exec(phrase);
			if (!regex) return;
			try {
				new RegExp(regex[1]!, 'u');
			} catch (e) {
				v.report([...path, locale, i], `invalid regular expression: ${(e as Error).message}`);
			}
		});
		out[locale] = list;
	}
	return out;
}

function perLocale(
	v: Validator,
	value: unknown,
	path: Path
): Partial<Record<Locale, number>> | undefined {
	if (value === undefined) return undefined;
	if (typeof value === 'number') return { en: value, ja: value };
	const record = v.record(value, path, LOCALES);
	const out: Partial<Record<Locale, number>> = {};
	for (const locale of LOCALES) {
		if (record[locale] !== undefined)
			out[locale] = v.number(record[locale], [...path, locale], { min: 0 });
	}
	return out;
}

function parts(
	v: Validator,
	value: unknown,
	path: Path
): Partial<Record<(typeof SIGNATURE_PARTS)[number], number>> {
	const record = v.record(value, path, SIGNATURE_PARTS);
	return Object.fromEntries(
		Object.entries(record).map(([part, points]) => [
			part,
			v.number(points, [...path, part], { min: 0, max: 3 })
		])
	);
}

/** Cue lists per locale, looked for before or after a phrase (`negation`, `hedges`). */
function cues(v: Validator, value: unknown, field: 'negation' | 'hedges'): Rubric['negation'] {
	if (value === undefined) return {};
	const record = v.record(value, [field], LOCALES);
	const out: Rubric['negation'] = {};
	for (const locale of LOCALES) {
		if (record[locale] === undefined) continue;
		const cues = v.record(record[locale], [field, locale], ['before', 'after']);
		out[locale] = {
			before: v.strings(cues.before, [field, locale, 'before'], { optional: true }),
			after: v.strings(cues.after, [field, locale, 'after'], { optional: true })
		};
	}
	return out;
}

function flag(v: Validator, value: unknown, path: Path): boolean {
	if (value === undefined) return false;
	if (typeof value !== 'boolean') v.report(path, 'must be true or false');
	return value === true;
}

function checkUnique(v: Validator, ids: string[], at: (i: number) => Path, what: string): void {
	const seen = new Set<string>();
	ids.forEach((id, i) => {
		if (id && seen.has(id)) v.report(at(i), `${what} id "${id}" is used twice; ids must be unique`);
		seen.add(id);
	});
}

/** A check must change something, unless other checks build on it (`requires`, `unless`, `of`). */
function checkEffects(v: Validator, criteria: Criterion[]): void {
	const referenced = new Set(
		criteria.flatMap((c) => c.checks.flatMap((k) => [...k.requires, ...k.unless, ...k.of]))
	);
	criteria.forEach((c, ci) =>
		c.checks.forEach((k, ki) => {
			if (k.points === 0 && k.cap === undefined && !k.autoFail && k.find !== 'signature') {
				if (!referenced.has(k.id))
					v.report(
						['criteria', ci, 'checks', ki],
						'this check has no effect: give it "points", a "cap" or "auto_fail: true", or name it in another check\'s "requires", "unless" or "of"'
					);
			}
		})
	);
}

function checkReferences(v: Validator, criteria: Criterion[]): void {
	const ids = new Set<string>();
	criteria.forEach((c, ci) =>
		c.checks.forEach((k, ki) => {
			if (k.id && ids.has(k.id))
				v.report(
					['criteria', ci, 'checks', ki, 'id'],
					`check id "${k.id}" is used twice in this rubric; ids must be unique`
				);
			ids.add(k.id);
		})
	);
	criteria.forEach((c, ci) =>
		c.checks.forEach((k, ki) => {
			const fields = {
				not_with: k.notWith,
				requires: k.requires,
				unless: k.unless,
				of: k.of,
				replaced_by: k.replacedBy
			};
			for (const [field, refs] of Object.entries(fields)) {
				refs.forEach((ref, ri) => {
					// `of` may name one part of a structural check: `signature-block.elsewhere`.
					if (!ids.has(field === 'of' ? ref.split('.', 1)[0] : ref)) {
						v.report(
							['criteria', ci, 'checks', ki, field, ri],
							`"${ref}" is not a check in this rubric; use one of the check ids defined above`
						);
					}
				});
			}
		})
	);
}
