import type { Rubric } from '../lib/rubric';
import { agreement, replyTooLong, scoreReply, type Agreement } from '../lib/scoring';
import { contextFrom, type ContextInput } from './context';
import { morphologyFor } from './morphology';
import { parseArgs, readText, resolveRubric, UsageError, type Io } from './io';

interface Item extends ContextInput {
	id?: string;
	reply?: string;
	labels?: Record<string, number>;
}

/** `dojo eval`: scores a labeled set and reports, per criterion, how well the rubric agrees with the labels. */
export async function evaluate(args: string[], io: Io): Promise<number> {
	const { options, switches, positional } = parseArgs(args, ['rubric'], ['json', 'fast']);
	if (positional.length !== 1) throw new UsageError('eval needs one data file (JSON lines)');
	const file = positional[0]!;
	const items = readText(file, io)
		.split('\n')
		.map((line, i) => ({ line, number: i + 1 }))
		.filter(({ line }) => line.trim())
		.map(({ line, number }) => {
			try {
				const item = JSON.parse(line) as Item;
				if (typeof item.reply !== 'string') throw new Error('"reply" must be a string');
				const tooLong = replyTooLong(item.reply);
				if (tooLong) throw new Error(tooLong);
				return item;
			} catch (e) {
				throw new Error(`${file}:${number}:1: ${(e as Error).message}`, { cause: e });
			}
		});

	const rubrics = new Map<string, Rubric>();
	const rubricFor = (ref: string) => {
		if (!rubrics.has(ref)) rubrics.set(ref, resolveRubric(ref, io));
		return rubrics.get(ref)!;
	};
	const pairs = new Map<string, { label: number; predicted: number }[]>();
	const maxLevel = new Map<string, number>();
	for (const [i, item] of items.entries()) {
		const ctx = contextFrom(item, item.reply!);
		const rubric = rubricFor(
			options.rubric ?? (ctx.channel === 'chat' ? 'support-chat' : 'support-email')
		);
		const tokens = switches.has('fast') ? undefined : await morphologyFor(ctx.locale, item.reply!);
		const score = scoreReply(item.reply!, rubric, ctx, { tokens });
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
		}
	}
	if (switches.has('json')) return 0;
	if (!pairs.size) {
		io.out(`${items.length} items scored; none has labels to compare with.`);
		return 0;
	}
	io.out(`${items.length} items from ${file}\n`);
	io.out(`${'criterion'.padEnd(16)}${'n'.padStart(5)}${'QWK'.padStart(8)}${'exact'.padStart(8)}`);
	const results = [...pairs].map(
		([criterion, list]) => [criterion, agreement(list, maxLevel.get(criterion)!)] as const
	);
	for (const [criterion, a] of results) {
		io.out(
			`${criterion.padEnd(16)}${String(a.n).padStart(5)}${a.qwk.toFixed(3).padStart(8)}${(a.exact * 100).toFixed(0).padStart(7)}%`
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
