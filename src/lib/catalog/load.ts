import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Diagnostic } from '../content';
import { parseRubric, type PackSource, type Rubric, type RubricParse } from '../rubric';
import { parseScenario } from '../scenario';
import type { BrokenFile, Catalog } from './types';

export interface LoadOptions {
	/** Paths are reported relative to this folder. */
	root?: string;
	rubricDirs?: string[];
	scenarioDirs?: string[];
}

/** Lists the files with these extensions under each path (or named directly), sorted for stable output. */
export function listFiles(paths: string[], extensions: RegExp): string[] {
	const out: string[] = [];
	for (const path of paths) {
		let stat;
		try {
			stat = statSync(path);
		} catch {
			continue;
		}
		if (stat.isFile()) {
			if (extensions.test(path)) out.push(path);
		} else if (stat.isDirectory()) {
			for (const entry of readdirSync(path).sort()) {
				if (extensions.test(entry) && !entry.startsWith('.')) out.push(join(path, entry));
			}
		}
	}
	return out;
}

export function loadRubrics(
	files: string[],
	root = process.cwd()
): { rubrics: Rubric[]; broken: BrokenFile[] } {
	const rubrics: Rubric[] = [];
	const broken: BrokenFile[] = [];
	for (const path of files) {
		const file = relative(root, path) || path;
		const result = guarded(file, () => readRubricFile(path, root));
		if (result.ok) rubrics.push(result.rubric);
		else {
			const id = fileId(file);
			broken.push({ kind: 'rubric', file, id, title: id, diagnostics: result.diagnostics });
		}
	}
	return { rubrics, broken };
}

/** The folder of the packs a rubric at `path` can use: `packs/` beside it. */
export function packDir(path: string): string {
	return join(dirname(path), 'packs');
}

/** Reads a rubric's pack from `packs/<id>.yaml` beside the rubric file, or undefined if there is none. */
export function packReader(path: string, root: string): (id: string) => PackSource | undefined {
	return (id) => {
		const pack = join(packDir(path), `${id}.yaml`);
		if (!/^[a-z][a-z0-9_-]*$/.test(id) || !existsSync(pack)) return undefined;
		return { file: relative(root, pack) || pack, text: readFileSync(pack, 'utf8') };
	};
}

/** Reads and parses one rubric file with the pack it uses; reported paths are relative to `root`. */
export function readRubricFile(path: string, root = process.cwd()): RubricParse {
	const file = relative(root, path) || path;
	return parseRubric(file, readFileSync(path, 'utf8'), { readPack: packReader(path, root) });
}

/** Loads and validates every rubric and scenario; a broken file is reported, never fatal. */
export function loadCatalog({
	root = process.cwd(),
	rubricDirs,
	scenarioDirs
}: LoadOptions = {}): Catalog {
	const { rubrics, broken } = loadRubrics(
		listFiles(rubricDirs ?? [join(root, 'rubrics')], /\.ya?ml$/),
		root
	);
	const scenarios = [];
	const known = [...rubrics.map((r) => r.id), ...broken.map((b) => b.id)];
	// Branch conditions are checked against the criteria of rubrics that loaded.
	const criteria = Object.fromEntries(rubrics.map((r) => [r.id, rubricCriteria(r)]));
	for (const path of listFiles(scenarioDirs ?? [join(root, 'scenarios')], /\.md$/)) {
		const file = relative(root, path) || path;
		const result = guarded(file, () =>
			parseScenario(file, readFileSync(path, 'utf8'), { rubrics: known, criteria })
		);
		if (result.ok) scenarios.push(result.scenario);
		else
			broken.push({
				kind: 'scenario',
				file,
				id: result.id ?? fileId(file),
				title: result.title ?? fileId(file),
				diagnostics: result.diagnostics
			});
	}
	return { rubrics, scenarios, broken };
}

function fileId(file: string): string {
	return file
		.split(/[\\/]/)
		.pop()!
		.replace(/\.(md|ya?ml)$/, '');
}

type Failed = { ok: false; id?: string; title?: string; diagnostics: Diagnostic[] };

/**
 * Parses one file so that nothing it contains can stop the others from loading: an exception (a
 * bug, or an input no check foresaw) becomes a problem of that file at its first line.
 */
function guarded<T extends { ok: boolean }>(file: string, parse: () => T): T | Failed {
	try {
		return parse();
	} catch (error) {
		const message = `this file could not be checked (${(error as Error).message}); fix or remove what you last changed in it, and report the message if it persists`;
		return { ok: false, diagnostics: [{ file, line: 1, column: 1, message }] };
	}
}

/** A rubric's criteria as parseScenario checks them: criterion id → highest level. */
export function rubricCriteria(rubric: Rubric): Record<string, number> {
	return Object.fromEntries(rubric.criteria.map((c) => [c.id, Math.max(0, c.levels.length - 1)]));
}
