import type { Rubric } from '../lib/rubric';
import {
	agreement,
	failAgreement,
	qwkInterval,
	weightedTotal,
	type Agreement
} from '../lib/scoring';
import { readItems, scoreItem } from './items';
import { parseArgs, resolveRubric, UsageError, type Io } from './io';

type Pair = { label: number; predicted: number };

/** `dojo eval`: scores a labeled set and reports, per criterion, how well the rubric agrees with the labels. */
export async function evaluate(args: string[], io: Io): Promise<number> {
	const { options, switches, positional } = parseArgs(
		args,
		['rubric', 'split', 'channel'],
		['json', 'fast']
	);
	if (positional.length !== 1) throw new UsageError('eval needs one data file (JSON lines)');
	const file = positional[0]!;
	const items = readItems(file, io, { split: options.split, channel: options.channel });

	const rubrics = new Map<string, Rubric>();
	const rubricOf = (id: string) => [...rubrics.values()].find((r) => r.id === id)!;
	const rubricFor = (ref: string) => {
		if (!rubrics.has(ref)) rubrics.set(ref, resolveRubric(ref, io));
		return rubrics.get(ref)!;
	};
	const pairs = new Map<string, Pair[]>();
	const between = new Map<string, Pair[]>();
	const fails: { label: boolean; predicted: boolean }[] = [];
	const failsBetween: { label: boolean; predicted: boolean }[] = [];
	// Pass or fail as the labels' levels add up, beside the scorer's: a trainee sees the verdict.
	const passes: { label: boolean; predicted: boolean }[] = [];
	const maxLevel = new Map<string, number>();
	for (const [i, item] of items.entries()) {
		const score = await scoreItem(
			item,
			(ctx) =>
				rubricFor(options.rubric ?? (ctx.channel === 'chat' ? 'support-chat' : 'support-email')),
			switches.has('fast')
		);
		const [a, b] = Object.values(item.labelers ?? {});
		const levels = Object.fromEntries(
			Object.entries(score.criteria).map(([id, c]) => [id, c.level])
		);
		if (switches.has('json')) {
			io.out(
				JSON.stringify({
					id: item.id ?? String(i + 1),
					levels,
					total: score.total,
					autoFail: score.autoFail
				})
			);
		}
		for (const [criterion, label] of Object.entries(item.labels ?? {})) {
			const result = score.criteria[criterion];
			if (!result || typeof label !== 'number') continue;
			maxLevel.set(criterion, result.max);
			if (!pairs.has(criterion)) pairs.set(criterion, []);
			pairs.get(criterion)!.push({ label, predicted: result.level });
			if (typeof a?.[criterion] === 'number' && typeof b?.[criterion] === 'number') {
				if (!between.has(criterion)) between.set(criterion, []);
				between.get(criterion)!.push({ label: a[criterion], predicted: b[criterion] });
			}
		}
		if (typeof item.autoFail === 'boolean')
			fails.push({ label: item.autoFail, predicted: score.autoFail });
		const labeled = Object.entries(score.criteria).map(([id, c]) => ({
			...c,
			level: item.labels?.[id]
		}));
		if (typeof item.autoFail === 'boolean' && labeled.every((c) => typeof c.level === 'number')) {
			const total = item.autoFail
				? 0
				: weightedTotal(labeled as { level: number; max: number; weight: number }[]);
			passes.push({ label: total >= rubricOf(score.rubric.id).pass, predicted: score.passed });
		}
		if (typeof a?.autoFail === 'boolean' && typeof b?.autoFail === 'boolean')
			failsBetween.push({ label: a.autoFail, predicted: b.autoFail });
	}
	if (switches.has('json')) return 0;
	if (!pairs.size) {
		io.out(`${items.length} items scored; none has labels to compare with.`);
		return 0;
	}
	const split = options.split ? ` (split ${options.split})` : '';
	io.out(`${items.length} items from ${file}${split}\n`);
	const labelers = between.size > 0;
	io.out(
		`${'criterion'.padEnd(16)}${'n'.padStart(5)}${'QWK'.padStart(8)}${'95% interval'.padStart(16)}${'exact'.padStart(8)}${labelers ? '  labelers QWK' : ''}`
	);
	const results = [...pairs].map(([criterion, list]) => {
		const max = maxLevel.get(criterion)!;
		return [criterion, agreement(list, max), qwkInterval(list, max)] as const;
	});
	for (const [criterion, a, [lo, hi]] of results) {
		const ceiling = between.get(criterion);
		const human = ceiling ? agreement(ceiling, maxLevel.get(criterion)!).qwk.toFixed(3) : '';
		io.out(
			`${criterion.padEnd(16)}${String(a.n).padStart(5)}${a.qwk.toFixed(3).padStart(8)}${`[${lo.toFixed(2)}, ${hi.toFixed(2)}]`.padStart(16)}${(a.exact * 100).toFixed(0).padStart(7)}%${human ? human.padStart(15) : ''}`
		);
	}
	if (fails.length) {
		const f = failAgreement(fails);
		const human = failsBetween.length ? failAgreement(failsBetween) : null;
		io.out(
			`\nauto-fail: ${f.failed} of ${f.n} failed by the labels; scorer precision ${f.precision.toFixed(2)}, recall ${f.recall.toFixed(2)}` +
				(human
					? `; labelers agree on ${failsBetween.filter((p) => p.label === p.predicted).length} of ${human.n}`
					: '')
		);
	}
	if (passes.length) {
		const passed = passes.filter((p) => p.label).length;
		const wrongPass = passes.filter((p) => !p.label && p.predicted).length;
		const wrongFail = passes.filter((p) => p.label && !p.predicted).length;
		io.out(
			`pass: ${passed} of ${passes.length} pass by the labels' levels; the scorer passes ${wrongPass} the labels fail and fails ${wrongFail} the labels pass`
		);
	}
	for (const [criterion, a] of results) io.out(`\n${criterion}\n${matrix(a)}`);
	return 0;
}

function matrix(a: Agreement): string {
	const size = a.matrix.length;
	const head =
		'  label \\ scored ' + Array.from({ length: size }, (_, j) => String(j).padStart(4)).join('');
	const rows = a.matrix.map(
		(row, i) => `  ${String(i).padStart(15)} ${row.map((n) => String(n).padStart(4)).join('')}`
	);
	return [head, ...rows].join('\n');
}
