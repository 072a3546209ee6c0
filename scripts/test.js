#!/usr/bin/env node
// Runs every test: unit tests (Vitest), then browser tests (Playwright) in a Chromium it finds or
// installs, and ends with one "N passed, N failed" line for both. A suite that could not run
// counts as failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './chromium.js';
import { freePort, portTaken } from './ports.js';
import { countBrowser, countUnit } from './test-count.js';

const args = process.argv.slice(2);
const e2eOnly = args.includes('--e2e-only');
const unitOnly = args.includes('--unit-only');
const out = mkdtempSync(join(tmpdir(), 'dojo-test-'));
const counts = { passed: 0, failed: 0, skipped: 0 };
const problems = [];
let ok = true;

function run(command, commandArgs, env = {}) {
	const result = spawnSync(command, commandArgs, {
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
	return result.status === 0;
}

function readReport(path) {
	return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

function add(suite, { problem, ...found }) {
	for (const key of Object.keys(counts)) counts[key] += found[key];
	if (problem) problems.push(`${suite}: ${problem}`);
}

/** The port the app under test is served on: DOJO_PORT if set and free, else any free port. */
async function appPort() {
	const asked = process.env.DOJO_PORT;
	if (!asked) return freePort();
	if (await portTaken(Number(asked))) {
		problems.push(
			`browser tests: port ${asked} (DOJO_PORT) is taken by another program: stop it, or set DOJO_PORT to a free port or leave it unset.`
		);
		return null;
	}
	return Number(asked);
}

if (!e2eOnly) {
	const report = join(out, 'vitest.json');
	const exited = run('npx', [
		'vitest',
		'run',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${report}`
	]);
	ok = exited && ok;
	add('unit tests', countUnit(readReport(report), exited));
}

if (!unitOnly) {
	const chromium = findChromium();
	const port = chromium ? await appPort() : null;
	if (!chromium) {
		problems.push(
			'browser tests: no Chromium: run `npx playwright install chromium`, or on Debian `apt-get install -y chromium`.'
		);
	}
	if (!chromium || port === null) {
		ok = false;
		counts.failed += 1;
	} else {
		console.log(`Browser tests in ${chromium}, the app on port ${port}`);
		const report = join(out, 'playwright.json');
		const exited = run('npx', ['playwright', 'test'], {
			CHROMIUM_PATH: chromium,
			DOJO_PORT: String(port),
			PLAYWRIGHT_JSON_OUTPUT_NAME: report
		});
		ok = exited && ok;
		add('browser tests', countBrowser(readReport(report), exited));
	}
}

for (const problem of problems) console.error(`\n${problem}`);
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(ok && counts.failed === 0 ? 0 : 1);
