import type { Diagnostic, Path, Reporter, Validator, YamlSource } from '../content';

/** A pack file as the caller found it: `packs/<id>.yaml` beside the rubric. */
export interface PackSource {
	file: string;
	text: string;
}

/** Fields of a rubric that takes its criteria from a pack (`uses`). */
export const USES_RUBRIC_FIELDS = ['id', 'title', 'description', 'pass', 'uses', 'criteria'];
const USES_CRITERION_FIELDS = ['id', 'name', 'weight', 'base', 'levels', 'points', 'checks'];

/** Where a value of the merged rubric was written: the rubric file or the pack, at a path. */
export interface Origin {
	inPack: boolean;
	path: Path;
}

interface CheckOrigin {
	id: unknown;
	/** Index in the pack criterion's checks; absent for a check the rubric adds. */
	pack?: number;
	/** Index in the rubric criterion's checks, when the rubric overrides or adds the check. */
	item?: number;
	/** Fields the rubric's item sets. */
	fields: Set<string>;
	/** The rubric's `points` map sets this check's points (a number) or its signature parts. */
	points?: 'points' | 'parts';
}

interface CriterionOrigin {
	rubric: number;
	pack: number;
	/** Fields the rubric criterion writes itself (`name`, `levels`). */
	own: Set<string>;
	checks: CheckOrigin[];
}

/**
 * The rubric data a `uses` rubric stands for, in the single-file format: its own id, title, pass
 * and weights, the pack's cues, and the criteria it names, each with the pack's checks, the
 * rubric's overrides applied and its added checks after them. Problems with how the rubric uses
 * the pack (unknown criterion, a points key naming no check) are reported on `v` (the rubric's
 * file); `locate` tells for any path of the merged data where its value was written, so that the
 * usual validation can report at the right file:line:column.
 */
export function mergePack(
	v: Validator,
	root: Record<string, unknown>,
	packId: string,
	pack: Record<string, unknown>
): { data: Record<string, unknown>; locate: (path: Path) => Origin } {
	const packCriteria = list(pack.criteria).map(record);
	const criteria: Record<string, unknown>[] = [];
	const origins: CriterionOrigin[] = [];

	v.list(root.criteria, ['criteria']).forEach((entry, ri) => {
		const at = ['criteria', ri];
		const c = v.record(entry, at, USES_CRITERION_FIELDS);
		const pi = packCriteria.findIndex((p) => p.id === c.id);
		if (pi < 0) {
			const known = packCriteria.map((p) => p.id).join(', ');
			v.report(
				[...at, 'id'],
				typeof c.id === 'string'
					? `pack "${packId}" has no criterion "${c.id}"; name one of: ${known}`
					: `name the criterion of pack "${packId}" this entry uses: one of ${known}`
			);
			return;
		}
		const p = packCriteria[pi]!;
		const checks = list(p.checks).map((k, pki) => ({
			data: { ...record(k) },
			origin: { id: record(k).id, pack: pki, fields: new Set<string>() } as CheckOrigin
		}));
		const idsHere = () => checks.map((k) => k.origin.id).join(', ');

		v.list(c.checks, [...at, 'checks'], { optional: true }).forEach((item, rki) => {
			const itemAt = [...at, 'checks', rki];
			const k = v.record(item, itemAt);
			const same = checks.find((x) => x.origin.id === k.id);
			if (same?.origin.item !== undefined) {
				v.report(
					[...itemAt, 'id'],
					`check "${String(k.id)}" is listed twice under this criterion; merge the two items`
				);
				return;
			}
			if (same) {
				Object.assign(same.data, k);
				// `field: null` drops the pack's value: the field goes back to its default (no cap).
				for (const [field, value] of Object.entries(k)) if (value === null) delete same.data[field];
				same.origin.item = rki;
				same.origin.fields = new Set(Object.keys(k));
				return;
			}
			const owner = packCriteria.find((pc) => list(pc.checks).some((pk) => record(pk).id === k.id));
			if (owner) {
				v.report(
					[...itemAt, 'id'],
					`"${String(k.id)}" is a check of criterion "${String(owner.id)}" in pack "${packId}", not of "${String(c.id)}": override it under that criterion`
				);
				return;
			}
			if (!('message' in k)) {
				v.report(
					[...itemAt, 'id'],
					`criterion "${String(c.id)}" of pack "${packId}" has no check "${String(k.id)}" to override; name one of: ${idsHere()}. A new check needs at least "message" and what it finds`
				);
				return;
			}
			checks.push({
				data: { ...k },
				origin: { id: k.id, item: rki, fields: new Set(Object.keys(k)) }
			});
		});

		if (c.points !== undefined) {
			const points = v.record(c.points, [...at, 'points']);
			for (const [key, value] of Object.entries(points)) {
				const target = checks.find((x) => x.origin.id === key);
				if (!target) {
					v.report(
						[...at, 'points', key],
						`criterion "${String(c.id)}" has no check "${key}"; give points to one of: ${idsHere()}`,
						{ key: true }
					);
					continue;
				}
				const field = value !== null && typeof value === 'object' ? 'parts' : 'points';
				if (target.origin.fields.has(field)) {
					v.report(
						[...at, 'points', key],
						`the ${field} of "${key}" are also set in its item under "checks"; keep them in one place`,
						{ key: true }
					);
					continue;
				}
				target.data[field] = value;
				target.origin.points = field;
			}
		}

		const packLevels = list(p.levels);
		if (Array.isArray(c.levels) && c.levels.length !== packLevels.length)
			v.report(
				[...at, 'levels'],
				`give ${packLevels.length} levels, as pack "${packId}" does for "${String(c.id)}": its points and caps are set on that scale`
			);
		const own = new Set(['name', 'levels'].filter((field) => c[field] !== undefined));
		criteria.push({
			id: c.id,
			name: c.name ?? p.name,
			weight: c.weight,
			...(c.base === undefined ? {} : { base: c.base }),
			levels: c.levels ?? p.levels,
			checks: checks.map((k) => k.data)
		});
		origins.push({ rubric: ri, pack: pi, own, checks: checks.map((k) => k.origin) });
	});

	const data: Record<string, unknown> = { criteria };
	for (const field of ['id', 'title', 'description', 'pass'])
		if (root[field] !== undefined) data[field] = root[field];
	for (const field of ['negation', 'hedges'])
		if (pack[field] !== undefined) data[field] = pack[field];

	const locate = (path: Path): Origin => {
		const inRubric = (at: Path): Origin => ({ inPack: false, path: at });
		const inPack = (at: Path): Origin => ({ inPack: true, path: at });
		const [head, ci, field, ki, sub, ...rest] = path;
		if (head === 'negation' || head === 'hedges') return inPack(path);
		if (head !== 'criteria' || typeof ci !== 'number') return inRubric(path);
		const o = origins[ci];
		if (!o) return inRubric(['criteria']);
		const r = ['criteria', o.rubric];
		const p = ['criteria', o.pack];
		if (field === 'name' || field === 'levels')
			return o.own.has(field)
				? inRubric([...r, ...path.slice(2)])
				: inPack([...p, ...path.slice(2)]);
		if (field !== 'checks') return inRubric([...r, ...path.slice(2)]);
		const k = typeof ki === 'number' ? o.checks[ki] : undefined;
		if (!k) return inRubric([...r, 'checks']);
		const item = k.item === undefined ? undefined : [...r, 'checks', k.item];
		const packed = k.pack === undefined ? undefined : [...p, 'checks', k.pack];
		if (sub === undefined) {
			if (item) return inRubric(item);
			if (k.points) return inRubric([...r, 'points', String(k.id)]);
			return inPack(packed!);
		}
		if (sub === k.points) return inRubric([...r, 'points', String(k.id), ...rest]);
		if (item && (k.fields.has(String(sub)) || !packed)) return inRubric([...item, sub, ...rest]);
		return inPack([...packed!, sub, ...rest]);
	};
	return { data, locate };
}

/**
 * Sends each problem the validation of the merged rubric finds to the file and position where the
 * value was written.
 */
export class MergedReporter implements Reporter {
	readonly diagnostics: (Diagnostic & { inPack: boolean })[] = [];

	constructor(
		private readonly rubric: YamlSource,
		private readonly pack: YamlSource,
		private readonly locate: (path: Path) => Origin
	) {}

	report(path: Path, message: string, options?: { key?: boolean }): void {
		const { inPack, path: at } = this.locate(path);
		const source = inPack ? this.pack : this.rubric;
		this.diagnostics.push({ file: source.file, ...source.at(at, options), message, inPack });
	}
}

function list(value: unknown): unknown[] {
	return Array.isArray(value) ? value : [];
}

function record(value: unknown): Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};
}
