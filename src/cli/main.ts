import { check } from './check';
import { evaluate } from './eval';
import { fit } from './fit';
import { score } from './score';
import { UsageError, type Io } from './io';

const HELP = `dojo: Reply Dojo's command line, for trainers and CI

Usage: npm run --silent dojo -- <command> [options]

Commands:
  check [paths...]           Validate scenario (.md) and rubric (.yaml) files; defaults to
                             scenarios/ and rubrics/. Prints file:line:col: message per problem,
                             exits 1 if there is any.
  score --rubric <id|path> [--locale ja|en] [--channel email|chat] [--context ctx.json] <file|->
                             Score one reply (a file, or - for standard input); prints JSON.
  eval <data.jsonl> [--rubric <id|path>] [--split s] [--channel email|chat] [--json]
                             Score a labeled set and report agreement with the labels per
                             criterion (quadratic weighted kappa, exact agreement, confusion
                             matrix); --json prints one line per item instead.
  fit <data.jsonl> --rubric <id|path> [--out file.yaml] [--split s] [--channel email|chat]
      [--holdout s]          Refit the rubric's base and points on labeled replies, every check a
                             column (caps of 0 and auto-fail stay); prints the agreement now and
                             fitted (held out by scenario, and on split --holdout); --out writes it.

  score and eval load the Japanese tokenizer (about a second) for the keigo checks of Japanese
  replies; --fast skips it and scores as the app does before the tokenizer is ready.
  help                       Show this text.

Docs: docs/rubrics.md, docs/scenarios.md, docs/cli.md`;

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
	const [command, ...rest] = argv;
	try {
		switch (command) {
			case 'check':
				return check(rest, io);
			case 'score':
				return await score(rest, io);
			case 'eval':
				return await evaluate(rest, io);
			case 'fit':
				return await fit(rest, io);
			case undefined:
			case 'help':
			case '--help':
			case '-h':
				io.out(HELP);
				return 0;
			default:
				throw new UsageError(`unknown command "${command}"`);
		}
	} catch (e) {
		if (e instanceof UsageError) {
			io.err(`dojo: ${e.message}\nRun "dojo --help" for usage.`);
			return 2;
		}
		io.err(`dojo: ${(e as Error).message}`);
		return 1;
	}
}

function defaultIo(): Io {
	// `dojo eval ... | head` closes the pipe early: stop quietly instead of crashing.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') process.exit(0);
		throw error;
	});
	return {
		out: (text) => process.stdout.write(text + '\n'),
		err: (text) => process.stderr.write(text + '\n'),
		cwd: process.cwd(),
		stdin: async () => {
			const chunks: Buffer[] = [];
			for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
			return Buffer.concat(chunks).toString('utf8');
		}
	};
}
