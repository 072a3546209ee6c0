import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listFiles, loadCatalog } from '../lib/catalog/load';
import { formatDiagnostic } from '../lib/content';
import { UsageError, type Io } from './io';

/** `dojo check [paths]`: validates every content file and reports every problem, not just the first. */
export function check(args: string[], io: Io): number {
	const paths = args.length
		? args.map((p) => resolve(io.cwd, p))
		: [join(io.cwd, 'scenarios'), join(io.cwd, 'rubrics')];
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
	const rubricFiles = listFiles(paths, /\.ya?ml$/);
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
	for (const file of problems) for (const d of file.diagnostics) io.out(formatDiagnostic(d));
	const count = problems.reduce((n, b) => n + b.diagnostics.length, 0);
	const checked = scenarioFiles.length + rubricFiles.length;
	if (count) {
		io.err(`${count} problem${count === 1 ? '' : 's'} in ${problems.length} of ${checked} files.`);
		return 1;
	}
	io.err(`${checked} files OK (${scenarioFiles.length} scenarios, ${rubricFiles.length} rubrics).`);
	return 0;
}
