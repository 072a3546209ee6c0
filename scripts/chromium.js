// Finds a Chromium for Playwright: its own managed browser, then the system's, then an install
// through Playwright, then (as root on Debian) through apt-get. Returns null when all fail.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const SYSTEM = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/snap/bin/chromium'
];

function managed() {
	try {
		const { chromium } = createRequire(import.meta.url)('playwright-core');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : null;
	} catch {
		return null;
	}
}

function system() {
	if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH))
		return process.env.CHROMIUM_PATH;
	return SYSTEM.find((path) => existsSync(path)) ?? null;
}

function quiet(command) {
	console.log(`$ ${command}`);
	return (
		spawnSync(command, { shell: true, stdio: ['ignore', 'inherit', 'inherit'], timeout: 600_000 })
			.status === 0
	);
}

export function findChromium() {
	const found = managed() ?? system();
	if (found) return found;
	if (quiet('npx playwright install chromium')) {
		const path = managed();
		if (path) return path;
	}
	const isRoot = process.getuid?.() === 0;
	const hasApt = (() => {
		try {
			execSync('command -v apt-get', { stdio: 'ignore' });
			return true;
		} catch {
			return false;
		}
	})();
	if (
		isRoot &&
		hasApt &&
		quiet('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium')
	) {
		return system();
	}
	return null;
}
