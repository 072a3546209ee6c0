#!/usr/bin/env node
// Runs every test: unit tests (Vitest), then browser tests (Playwright) in a Chromium it finds or
// installs, and ends with one "N passed, N failed" line for both.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './chromium.js';

const args = process.argv.slice(2);
const e2eOnly = args.includes('--e2e-only');
const unitOnly = args.includes('--unit-only');
const out = mkdtempSync(join(tmpdir(), 'dojo-test-'));
const counts = { passed: 0, failed: 0, skipped: 0 };
let ok = true;

function run(command, commandArgs, env = {}) {
	const result = spawnSync(command, commandArgs, {
		stdio: 'inherit',
		env: { ...process.env, ...env }
	});
	return result.status === 0;
}

if (!e2eOnly) {
	const report = join(out, 'vitest.json');
	ok =
		run('npx', [
			'vitest',
			'run',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${report}`
		]) && ok;
	if (existsSync(report)) {
		const r = JSON.parse(readFileSync(report, 'utf8'));
		counts.passed += r.numPassedTests;
		counts.failed += r.numFailedTests;
		counts.skipped += r.numPendingTests + r.numTodoTests;
	} else counts.failed += 1;
}

if (!unitOnly) {
	const chromium = findChromium();
	if (!chromium) {
		console.error(
			'No Chromium for the browser tests: run `npx playwright install chromium`, or on Debian `apt-get install -y chromium`.'
		);
		ok = false;
		counts.failed += 1;
	} else {
		console.log(`Browser tests in ${chromium}`);
		const report = join(out, 'playwright.json');
		ok =
			run('npx', ['playwright', 'test'], {
				CHROMIUM_PATH: chromium,
				PLAYWRIGHT_JSON_OUTPUT_NAME: report
			}) && ok;
		if (existsSync(report)) {
			const s = JSON.parse(readFileSync(report, 'utf8')).stats;
			counts.passed += s.expected + s.flaky;
			counts.failed += s.unexpected;
			counts.skipped += s.skipped;
		} else counts.failed += 1;
	}
}

console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
process.exit(ok && counts.failed === 0 ? 0 : 1);
