// The built app for the browser benchmarks: one build, reused while it is current, and a
// `vite preview` server over it on a free port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BASE = '/reply-dojo';
// Written after a benchmark build; a build made otherwise (the browser tests add fixture
// scenarios to theirs) has none, so it is rebuilt rather than measured.
const STAMP = join(root, 'build', '.bench-build.json');

function newest(dir) {
	let latest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
	}
	return latest;
}

/** Builds the app under BASE_PATH=/reply-dojo unless the last benchmark build is still current. */
export function ensureBuild({ log = (line) => console.error(line) } = {}) {
	const sources = Math.max(...['src', 'scenarios', 'rubrics'].map((d) => newest(join(root, d))));
	const current =
		existsSync(STAMP) &&
		JSON.parse(readFileSync(STAMP, 'utf8')).base === BASE &&
		statSync(STAMP).mtimeMs >= sources;
	if (!current) {
		log(`bench: building the app (BASE_PATH=${BASE})…`);
		const env = { ...process.env, BASE_PATH: BASE };
		delete env.DOJO_EXTRA_SCENARIOS;
		const built = spawnSync(
			process.execPath,
			[join(root, 'node_modules/vite/bin/vite.js'), 'build'],
			{
				cwd: root,
				env,
				stdio: ['ignore', 'ignore', 'inherit']
			}
		);
		if (built.status !== 0)
			throw new Error('the app did not build; run `npm run build` to see why');
		writeFileSync(STAMP, JSON.stringify({ base: BASE }));
	}
	return { dir: join(root, 'build'), base: BASE };
}

/** Serves the build; resolves to its URL (with the base path and a trailing slash) and a stop(). */
export async function serve() {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[
			join(root, 'node_modules/vite/bin/vite.js'),
			'preview',
			'--port',
			String(port),
			'--strictPort'
		],
		{ cwd: root, env: { ...process.env, BASE_PATH: BASE }, stdio: 'ignore' }
	);
	const url = `http://localhost:${port}${BASE}/`;
	const deadline = Date.now() + 60_000;
	for (;;) {
		try {
			if ((await fetch(url)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline) {
			child.kill();
			throw new Error(`vite preview did not answer at ${url}`);
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return { url, stop: () => child.kill() };
}
