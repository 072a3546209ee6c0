import type { Rubric } from '../lib/rubric';
import { replyTooLong, scoreReply, type Score, type ScoringContext } from '../lib/scoring';
import { contextFrom, type ContextInput } from './context';
import { readText, type Io } from './io';
import { morphologyFor } from './morphology';

/** One line of a labeled set, as `dojo eval` and `dojo fit` read it. */
export interface Item extends ContextInput {
	id?: string;
	reply: string;
	/** Scenario the reply answers: `dojo fit` holds out whole scenarios. */
	scenario?: string;
	/** `train`, `dev` or `test`: `--split` keeps one. */
	split?: string;
	labels?: Record<string, number>;
	autoFail?: boolean;
	/** Each labeler's own levels (and auto-fail), beside the settled `labels`. */
	labelers?: Record<string, Record<string, number | boolean>>;
}

/**
 * The items of a JSON-lines file, each checked (a bad line is an error at file:line:1), keeping
 * those of `split` and `channel` when given (an item without a channel is email).
 */
export function readItems(
	file: string,
	io: Io,
	{ split, channel }: { split?: string; channel?: string } = {}
): Item[] {
	return readText(file, io)
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
		})
		.filter((item) => split === undefined || item.split === split)
		.filter((item) => channel === undefined || (item.channel ?? 'email') === channel);
}

/**
 * Scores an item's reply with the rubric `rubricFor` picks for its context, with the Japanese
 * tokenizer unless `fast`.
 */
export async function scoreItem(
	item: Item,
	rubricFor: (ctx: ScoringContext) => Rubric,
	fast: boolean
): Promise<Score> {
	const ctx = contextFrom(item, item.reply);
	const tokens = fast ? undefined : await morphologyFor(ctx.locale, item.reply);
	return scoreReply(item.reply, rubricFor(ctx), ctx, { tokens });
}
