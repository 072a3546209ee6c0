import { existsSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { packDir } from '../lib/catalog/load';
import { isMap, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Criterion, Rubric } from '../lib/rubric';
import {
	agreement,
	columnName,
	fitColumns,
	fitCriterion,
	fitLevel,
	fitRow,
	type CriterionFit,
	type FitColumn,
	type FitRow,
	type Score
} from '../lib/scoring';
import { parseArgs, readText, resolveRubric, rubricPath, UsageError, type Io } from './io';
import { readItems, scoreItem, type Item } from './items';

/** Scenarios are held out together: a fold never holds part of a scenario. */
const FOLDS = 5;

/**
 * `dojo fit`: refits a rubric's base and points on labeled replies, every check of a criterion a
 * column (see src/lib/scoring/fit.ts), prints each criterion's agreement before and after (held
 * out by scenario, and on `--holdout <split>` when given), and with `--out` writes the fitted rubric.
 */
export async function fit(args: string[], io: Io): Promise<number> {
	const { options, switches, positional } = parseArgs(
		args,
		['rubric', 'out', 'split', 'channel', 'holdout'],
		['fast']
	);
	if (positional.length !== 1) throw new UsageError('fit needs one data file (JSON lines)');
	if (!options.rubric) throw new UsageError('fit needs --rubric <id|path>: the rubric to refit');
	const rubric = resolveRubric(options.rubric, io);
	const fast = switches.has('fast');
	const items = readItems(positional[0]!, io, { split: options.split, channel: options.channel });
	if (!items.length) throw new UsageError('no items to fit on (check --split and --channel)');
	const scored = await scoreAll(items, rubric, fast);
	const heldOut =
		options.holdout === undefined
			? []
			: await scoreAll(
					readItems(positional[0]!, io, { split: options.holdout, channel: options.channel }),
					rubric,
					fast
				);
	const groups = foldsOf(items);
	io.out(
		`${items.length} items; ${new Set(items.map(groupOf)).size} scenarios held out in ${Math.max(...groups) + 1} folds` +
			(options.holdout === undefined
				? ''
				: `; ${heldOut.length} items of split ${options.holdout} kept out of the fit`) +
			'\n'
	);
	const holdoutHead =
		options.holdout === undefined
			? ''
			: `${'n'.padStart(6)}${`${options.holdout} now`.padStart(10)}${`${options.holdout} fit`.padStart(10)}`;
	io.out(
		`${'criterion'.padEnd(16)}${'n'.padStart(5)}${'QWK now'.padStart(10)}${'fitted'.padStart(10)}${holdoutHead}`
	);
	const fits = new Map<string, CriterionFit>();
	for (const criterion of rubric.criteria) {
		const max = criterion.levels.length - 1;
		const columns = fitColumns(criterion);
		const rowsOf = (list: Scored[]) =>
			list.flatMap(({ item, score }, i) => {
				const label = item.labels?.[criterion.id];
				if (typeof label !== 'number' || !score.criteria[criterion.id]) return [];
				return [{ row: fitRow(score, criterion, label, groupOf(item), columns), i }];
			});
		const rows = rowsOf(scored).map(({ row, i }) => ({ row, fold: groups[i]! }));
		if (!rows.length || !columns.length) continue;
		const settings = { max, base: criterion.base, columns };
		// One fit per fold, on the other folds' scenarios; it chooses its own pull on them alone.
		const trained = new Map<number, CriterionFit>();
		for (const fold of new Set(rows.map((r) => r.fold)))
			trained.set(
				fold,
				fitCriterion(
					rows.filter((r) => r.fold !== fold).map((r) => r.row),
					settings
				)
			);
		const qwkOf = (list: FitRow[], predict: (row: FitRow) => number) =>
			agreement(
				list.map((row) => ({ label: row.label, predicted: predict(row) })),
				max
			).qwk;
		const now = qwkOf(
			rows.map((r) => r.row),
			(row) => row.now!
		);
		const after = agreement(
			rows.map(({ row, fold }) => ({
				label: row.label,
				predicted: fitLevel(trained.get(fold)!, row, max)
			})),
			max
		).qwk;
		const fitted = fitCriterion(
			rows.map((r) => r.row),
			settings
		);
		fits.set(criterion.id, fitted);
		let holdout = '';
		if (options.holdout !== undefined) {
			const kept = rowsOf(heldOut).map((r) => r.row);
			holdout = kept.length
				? `${String(kept.length).padStart(6)}${qwkOf(kept, (row) => row.now!)
						.toFixed(3)
						.padStart(10)}${qwkOf(kept, (row) => fitLevel(fitted, row, max))
						.toFixed(3)
						.padStart(10)}`
				: `${'0'.padStart(6)}`;
		}
		io.out(
			`${criterion.id.padEnd(16)}${String(rows.length).padStart(5)}${now.toFixed(3).padStart(10)}${after.toFixed(3).padStart(10)}${holdout}`
		);
	}
	io.out('\nFitted on all the items (pull towards the rubric, chosen held out; base; points):');
	for (const criterion of rubric.criteria) {
		const fitted = fits.get(criterion.id);
		if (fitted) io.out(`  ${criterion.id}: ${describeFit(fitted, fitColumns(criterion))}`);
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

type Scored = { item: Item; score: Score };

async function scoreAll(items: Item[], rubric: Rubric, fast: boolean): Promise<Scored[]> {
	const scored: Scored[] = [];
	for (const item of items) scored.push({ item, score: await scoreItem(item, () => rubric, fast) });
	return scored;
}

/** The fit in a line: the pull, the base, each column's points now → fitted (a cap: `cap 1 →`). */
function describeFit(fitted: CriterionFit, columns: FitColumn[]): string {
	if (fitted.strength === null) return 'kept as it is (no fit did better held out)';
	const points = columns
		.map((column, i) => {
			const was = column.cap === undefined ? String(column.prior) : `cap ${column.cap}`;
			return `${columnName(column)} ${was}→${fitted.weights[i]}`;
		})
		.join(', ');
	return `pull ${fitted.strength}, base ${fitted.base}; ${points}`;
}

/**
 * The rubric file with each fitted criterion's base and its checks' points (or parts) replaced,
 * and the caps the fit turned into points dropped. A rubric that `uses` a pack gets them in its
 * own criteria (`base`, the `points` map by check id, and `{ id, cap: null }` under `checks`);
 * the pack, shared with other rubrics, is left as it is.
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
		if (!fitted || fitted.strength === null) return;
		doc.setIn(['criteria', i, 'base'], fitted.base);
		const columns = fitColumns(criterion);
		criterion.checks.forEach((check, j) => {
			const mine = columns.flatMap((column, k) =>
				column.check === check.id ? [{ column, points: fitted.weights[k]! }] : []
			);
			if (!mine.length) return;
			const points: Points = check.parts
				? Object.fromEntries(mine.map(({ column, points }) => [column.part!, points]))
				: mine[0]!.points;
			const dropCap = mine.some(({ column }) => column.cap !== undefined);
			if (usesPack) setOwnPoints(doc, i, check.id, points, dropCap);
			else setInline(doc, ['criteria', i, 'checks', j], points, dropCap);
		});
	});
	return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

type Points = number | Record<string, number>;

/** A single-file rubric: the points (or parts) in the check itself, its cap removed. */
function setInline(doc: Document, at: (string | number)[], points: Points, dropCap: boolean) {
	if (typeof points === 'number') doc.setIn([...at, 'points'], points);
	else for (const [part, value] of Object.entries(points)) doc.setIn([...at, 'parts', part], value);
	if (dropCap) doc.deleteIn([...at, 'cap']);
}

/**
 * A rubric that uses a pack: the check's points go into the criterion's `points` map (a mapping
 * of parts for a signature check), and points its item under `checks` set are dropped, so they
 * stay in one place. A cap the fit replaced is dropped with `cap: null` in the check's override
 * item (added when there is none); a check the rubric adds itself just loses its `cap`.
 */
function setOwnPoints(doc: Document, i: number, id: string, points: Points, dropCap: boolean) {
	const items = doc.getIn(['criteria', i, 'checks']);
	const j = isSeq(items)
		? items.items.findIndex((item) => isMap(item) && item.get('id') === id)
		: -1;
	const value = typeof points === 'number' ? points : doc.createNode(points, { flow: true });
	doc.setIn(['criteria', i, 'points', id], value);
	if (j >= 0) {
		doc.deleteIn(['criteria', i, 'checks', j, 'points']);
		doc.deleteIn(['criteria', i, 'checks', j, 'parts']);
	}
	if (!dropCap) return;
	if (j >= 0) {
		const item = (items as YAMLSeq).items[j] as YAMLMap;
		if (item.has('message')) item.delete('cap');
		else item.set('cap', null);
		return;
	}
	const override = doc.createNode({ id, cap: null }, { flow: true });
	if (isSeq(items)) items.add(override);
	else doc.setIn(['criteria', i, 'checks'], doc.createNode([override]));
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
