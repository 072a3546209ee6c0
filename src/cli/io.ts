import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { loadRubrics } from '../lib/catalog/load';
import { formatDiagnostic } from '../lib/content';
import type { Rubric } from '../lib/rubric';

/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
	out(text: string): void;
	err(text: string): void;
	cwd: string;
	stdin(): Promise<string>;
}

/** A mistake in how the command was called: exit code 2 and a pointer to --help. */
export class UsageError extends Error {}

export function parseArgs(
	args: string[],
	flags: readonly string[],
	switches: readonly string[] = []
) {
	const options: Record<string, string> = {};
	const set = new Set<string>();
	const positional: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg.startsWith('--')) {
			const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
			if (switches.includes(name)) set.add(name);
			else if (flags.includes(name)) {
				const value = inline ?? args[++i];
				if (value === undefined) throw new UsageError(`--${name} needs a value`);
				options[name] = value;
			} else throw new UsageError(`unknown option --${name}`);
		} else positional.push(arg);
	}
	return { options, switches: set, positional };
}

/** A rubric by id (from rubrics/) or by path to a .yaml file. */
export function resolveRubric(ref: string, io: Io): Rubric {
	return loadRubricAt(rubricPath(ref, io), ref, io);
}

/** Where a rubric reference points: a path as given, or an id under rubrics/. */
export function rubricPath(ref: string, io: Io): string {
	return /[\\/]|\.ya?ml$/.test(ref)
		? isAbsolute(ref)
			? ref
			: resolve(io.cwd, ref)
		: join(io.cwd, 'rubrics', `${ref}.yaml`);
}

function loadRubricAt(path: string, ref: string, io: Io): Rubric {
	if (!existsSync(path)) throw new UsageError(`no rubric "${ref}" (looked for ${path})`);
	const { rubrics, broken } = loadRubrics([path], io.cwd);
	if (broken.length)
		throw new Error(
			`the rubric has errors:\n${broken[0]!.diagnostics.map(formatDiagnostic).join('\n')}`
		);
	return rubrics[0]!;
}

export function readText(path: string, io: Io): string {
	const full = isAbsolute(path) ? path : resolve(io.cwd, path);
	if (!existsSync(full)) throw new UsageError(`no such file: ${path}`);
	return readFileSync(full, 'utf8');
}
