import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { listFiles, loadCatalog } from '../lib/catalog/load';
import { formatDiagnostic, type Diagnostic } from '../lib/content';
import { parsePack } from '../lib/rubric';
import { UsageError, type Io } from './io';

/** `dojo check [paths]`: validates every content file and reports every problem, not just the first. */
export function check(args: string[], io: Io): number {
	const packsDir = join(io.cwd, 'rubrics', 'packs');
	const paths = args.length
		? args.map((p) => resolve(io.cwd, p))
		: [
				join(io.cwd, 'scenarios'),
				join(io.cwd, 'rubrics'),
				...(existsSync(packsDir) ? [packsDir] : [])
			];
	for (const path of paths) {
		let file;
		try {
			file = statSync(path).isFile();
		} catch {
			throw new UsageError(`no such file or folder: ${path}`);
		}
		if (file && !/\.(md|ya?ml)$/.test(path))
			throw new UsageError(`not a scenario (.md) or rubric (.yaml) file: ${path}`);
	}
	const scenarioFiles = listFiles(paths, /\.md$/);
	// A file in a packs/ folder is a pack that rubrics use, not a rubric.
	const yamlFiles = listFiles(paths, /\.ya?ml$/);
	const packFiles = yamlFiles.filter((f) => basename(dirname(f)) === 'packs');
	const rubricFiles = yamlFiles.filter((f) => !packFiles.includes(f));
	// Scenarios are checked against the project's rubrics even when only scenario files are named.
	const rubricDirs = rubricFiles.length
		? [...rubricFiles, ...listFiles([join(io.cwd, 'rubrics')], /\.ya?ml$/)]
		: [join(io.cwd, 'rubrics')];
	const catalog = loadCatalog({
		root: io.cwd,
		rubricDirs: [...new Set(rubricDirs)],
		scenarioDirs: scenarioFiles
	});
	const named = new Set([...scenarioFiles, ...rubricFiles].map((f) => resolve(f)));
	const problems = catalog.broken.filter((b) => named.has(resolve(io.cwd, b.file)));
	const packProblems = packFiles.map((path) => {
		const file = relative(io.cwd, path) || path;
		return parsePack(file, readFileSync(path, 'utf8')).diagnostics;
	});
	// Rubrics that use the same pack each report its problems: print every problem once.
	const lines = new Set(
		[...problems.map((b) => b.diagnostics), ...packProblems]
			.flat()
			.map((d: Diagnostic) => formatDiagnostic(d))
	);
	for (const line of lines) io.out(line);
	const count = lines.size;
	const failed = new Set([...lines].map((line) => line.replace(/:\d+:\d+: [\s\S]*$/, ''))).size;
	const checked = scenarioFiles.length + rubricFiles.length + packFiles.length;
	if (count) {
		io.err(`${count} problem${count === 1 ? '' : 's'} in ${failed} of ${checked} files.`);
		return 1;
	}
	const packs = packFiles.length
		? `, ${packFiles.length} pack${packFiles.length === 1 ? '' : 's'}`
		: '';
	io.err(
		`${checked} files OK (${scenarioFiles.length} scenarios, ${rubricFiles.length} rubrics${packs}).`
	);
	return 0;
}
