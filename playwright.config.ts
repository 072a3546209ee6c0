import { delimiter } from 'node:path';
import { defineConfig, devices } from '@playwright/test';

// The browser tests run against the production build, served under a sub-path, as a static host would.
const PORT = Number(process.env.DOJO_PORT ?? 4173);
export const BASE_PATH = '/reply-dojo';
/**
 * Test-only and broken scenario files, built into the app under test beside scenarios/ (read by
 * the catalog plugin; a normal build never sets this).
 */
const EXTRA_SCENARIOS = ['tests/fixtures/scenarios/broken', 'tests/fixtures/scenarios/e2e'];

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	// Two browsers, their pages' workers and the preview server share the machine's 2 cores: the
	// longest tests (several axe runs, a played case) take 12-15 s alone and up to 32 s side by side.
	timeout: 60_000,
	retries: 0,
	reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
	use: {
		baseURL: `http://localhost:${PORT}${BASE_PATH}/`,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH || undefined,
					// A closed network: keep Chromium from reaching for update and sync services.
					args: [
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--disable-quic',
						'--no-first-run',
						'--disable-gpu',
						...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])
					]
				}
			}
		}
	],
	webServer: {
		command: `npm run build && npm run preview -- --port ${PORT} --strictPort`,
		url: `http://localhost:${PORT}${BASE_PATH}/`,
		env: { BASE_PATH, DOJO_EXTRA_SCENARIOS: EXTRA_SCENARIOS.join(delimiter) },
		reuseExistingServer: !process.env.CI,
		timeout: 180_000
	}
});
