import { existsSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { packDir } from '../lib/catalog/load';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { Check, Criterion, Rubric } from '../lib/rubric';
import {
	agreement,
	fitCriterion,
	fitLevel,
	fitRow,
	fittedChecks,
	type CriterionFit,
	type FitRow
} from '../lib/scoring';
import { parseArgs, readText, resolveRubric, rubricPath, UsageError, type Io } from './io';
import { readItems, scoreItem, type Item } from './items';

/** Scenarios are held out together: a fold never holds part of a scenario. */
const FOLDS = 5;

/**
 * `dojo fit`: refits a rubric's base and points on labeled replies, prints each criterion's
 * agreement before and after (held out by scenario), and with `--out` writes the fitted rubric.
 */
export async function fit(args: string[], io: Io): Promise<number> {
	const { options, switches, positional } = parseArgs(
		args,
		['rubric', 'out', 'split', 'channel'],
		['fast']
	);
	if (positional.length !== 1) throw new UsageError('fit needs one data file (JSON lines)');
	if (!options.rubric) throw new UsageError('fit needs --rubric <id|path>: the rubric to refit');
	const rubric = resolveRubric(options.rubric, io);
	const items = readItems(positional[0]!, io, { split: options.split, channel: options.channel });
	if (!items.length) throw new UsageError('no items to fit on (check --split and --channel)');

	const scored = [];
	for (const item of items)
		scored.push({ item, score: await scoreItem(item, () => rubric, switches.has('fast')) });
	const groups = foldsOf(items);
	io.out(
		`${items.length} items; ${new Set(items.map(groupOf)).size} scenarios held out in ${Math.max(...groups) + 1} folds\n`
	);
	io.out(
		`${'criterion'.padEnd(16)}${'n'.padStart(5)}${'QWK now'.padStart(10)}${'fitted'.padStart(10)}`
	);
	const fits = new Map<string, CriterionFit>();
	for (const criterion of rubric.criteria) {
		const max = criterion.levels.length - 1;
		const rows: { row: FitRow; fold: number; now: number }[] = [];
		scored.forEach(({ item, score }, i) => {
			const label = item.labels?.[criterion.id];
			if (typeof label !== 'number' || !score.criteria[criterion.id]) return;
			rows.push({
				row: fitRow(score, criterion, label, groupOf(item)),
				fold: groups[i]!,
				now: score.criteria[criterion.id]!.level
			});
		});
		if (!rows.length || !fittedChecks(criterion).length) continue;
		// One fit per fold, on the other folds' scenarios; it chooses its own pull on them alone.
		const trained = new Map<number, CriterionFit>();
		for (const fold of new Set(rows.map((r) => r.fold)))
			trained.set(
				fold,
				fitCriterion(
					rows.filter((r) => r.fold !== fold).map((r) => r.row),
					{ max, base: criterion.base }
				)
			);
		const heldOut = rows.map(({ row, fold }) => ({
			label: row.label,
			predicted: fitLevel(trained.get(fold)!, row, max)
		}));
		const now = agreement(
			rows.map(({ row, now }) => ({ label: row.label, predicted: now })),
			max
		);
		const after = agreement(heldOut, max);
		const fitted = fitCriterion(
			rows.map((r) => r.row),
			{ max, base: criterion.base }
		);
		fits.set(criterion.id, fitted);
		io.out(
			`${criterion.id.padEnd(16)}${String(rows.length).padStart(5)}${now.qwk.toFixed(3).padStart(10)}${after.qwk.toFixed(3).padStart(10)}`
		);
	}
	io.out(
		'\nFitted on all the items (pull towards the rubric, chosen held out; base; factor per check):'
	);
	for (const criterion of rubric.criteria) {
		const fitted = fits.get(criterion.id);
		if (fitted) io.out(`  ${criterion.id}: ${describeFit(fitted, fittedChecks(criterion))}`);
	}
	if (!options.out) {
		io.out('\nAdd --out <file.yaml> to write the rubric with the fitted base and points.');
		return 0;
	}
	const source = readText(rubricPath(options.rubric, io), io);
	const out = isAbsolute(options.out) ? options.out : resolve(io.cwd, options.out);
	writeFileSync(out, fittedRubric(source, rubric, fits));
	io.out(`\nWrote ${options.out}: run dojo check on it, and dojo eval on held-out replies.`);
	const pack = parseDocument(source).get('uses');
	if (typeof pack === 'string' && !existsSync(join(packDir(out), `${pack}.yaml`)))
		io.out(
			`It uses the pack "${pack}", which is looked for in ${join(packDir(out), `${pack}.yaml`)}: copy the pack there, or write the rubric beside its pack.`
		);
	return 0;
}

/** The fit in a line: the pull towards the rubric's points, the base, each check's factor. */
function describeFit(fitted: CriterionFit, ids: string[]): string {
	if (fitted.strength === null) return 'kept as it is (no fit did better held out)';
	const factors = ids.map((id, i) => `${id} ×${fitted.factors[i]!.toFixed(2)}`).join(', ');
	return `pull ${fitted.strength}, base ${fitted.base.toFixed(2)}; ${factors}`;
}

/**
 * The rubric file with each fitted criterion's base and its checks' points (or parts) replaced.
 * A rubric that `uses` a pack gets them in its own criteria (`base`, and the `points` map by check
 * id); the pack, shared with other rubrics, is left as it is.
 */
export function fittedRubric(
	source: string,
	rubric: Rubric,
	fits: Map<string, CriterionFit>
): string {
	const doc = parseDocument(source);
	const usesPack = doc.has('uses');
	rubric.criteria.forEach((criterion: Criterion, i) => {
		const fitted = fits.get(criterion.id);
		if (!fitted) return;
		doc.setIn(['criteria', i, 'base'], round(fitted.base));
		const ids = fittedChecks(criterion);
		criterion.checks.forEach((check, j) => {
			const k = ids.indexOf(check.id);
			if (k < 0) return;
			const factor = fitted.factors[k]!;
			if (usesPack) {
				setOwnPoints(doc, i, check, factor);
				return;
			}
			if (check.parts)
				for (const [part, points] of Object.entries(check.parts))
					doc.setIn(['criteria', i, 'checks', j, 'parts', part], round(points! * factor));
			if (check.points)
				doc.setIn(['criteria', i, 'checks', j, 'points'], round(check.points * factor));
		});
	});
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/**
 * Writes a check's fitted points into the rubric criterion's `points` map (a mapping of parts for
 * a signature check), and drops points its item under `checks` set, so they stay in one place.
 */
function setOwnPoints(doc: Document, i: number, check: Check, factor: number): void {
	const items = doc.getIn(['criteria', i, 'checks']);
	const j = isSeq(items)
		? items.items.findIndex((item) => isMap(item) && item.get('id') === check.id)
		: -1;
	if (check.parts) {
		const parts = Object.fromEntries(
			Object.entries(check.parts).map(([part, points]) => [part, round(points! * factor)])
		);
		doc.setIn(['criteria', i, 'points', check.id], doc.createNode(parts, { flow: true }));
		if (j >= 0) doc.deleteIn(['criteria', i, 'checks', j, 'parts']);
	}
	if (check.points) {
		doc.setIn(['criteria', i, 'points', check.id], round(check.points * factor));
		if (j >= 0) doc.deleteIn(['criteria', i, 'checks', j, 'points']);
	}
}

/** Points to two decimals, never rounded to nothing: a check must keep an effect. */
function round(value: number): number {
	const rounded = Math.round(value * 100) / 100;
	return rounded === 0 && value !== 0 ? Math.sign(value) * 0.01 : rounded;
}

/** The scenario an item answers: its `scenario`, else its id without a trailing number. */
function groupOf(item: Item): string {
	return item.scenario ?? item.id?.replace(/[-_]?\d+$/, '') ?? '';
}

/** A fold per item, whole scenarios to a fold, spread round-robin in order of first appearance. */
function foldsOf(items: Item[]): number[] {
	const scenarios = [...new Set(items.map(groupOf))];
	const folds = Math.min(FOLDS, scenarios.length);
	const foldOf = new Map(scenarios.map((scenario, i) => [scenario, i % folds]));
	return items.map((item) => foldOf.get(groupOf(item))!);
}
