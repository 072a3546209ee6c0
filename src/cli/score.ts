import { replyTooLong, scoreReply } from '../lib/scoring';
import { morphologyFor } from './morphology';
import { contextFrom, type ContextInput } from './context';
import { parseArgs, readText, resolveRubric, UsageError, type Io } from './io';

/** `dojo score`: scores one reply and prints the full result as JSON. */
export async function score(args: string[], io: Io): Promise<number> {
	const { options, switches, positional } = parseArgs(
		args,
		['rubric', 'locale', 'channel', 'context'],
		['fast']
	);
	if (!options.rubric) throw new UsageError('score needs --rubric <id|path>');
	if (positional.length !== 1)
		throw new UsageError('score needs one reply: a file, or - for standard input');
	const rubric = resolveRubric(options.rubric, io);
	const reply = positional[0] === '-' ? await io.stdin() : readText(positional[0]!, io);
	const tooLong = replyTooLong(reply);
	if (tooLong)
		throw new Error(`${positional[0] === '-' ? 'standard input' : positional[0]}: ${tooLong}`);
	let input: ContextInput = {};
	if (options.context) {
		try {
			input = JSON.parse(readText(options.context, io)) as ContextInput;
		} catch (e) {
			if (e instanceof UsageError) throw e;
			throw new UsageError(`${options.context}: not valid JSON (${(e as Error).message})`);
		}
	}
	const ctx = contextFrom(input, reply, { locale: options.locale, channel: options.channel });
	const tokens = switches.has('fast') ? undefined : await morphologyFor(ctx.locale, reply);
	io.out(JSON.stringify(scoreReply(reply, rubric, ctx, { tokens }), null, 2));
	return 0;
}
