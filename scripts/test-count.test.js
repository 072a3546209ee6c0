import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort, portTaken } from './ports.js';
import { countBrowser, countUnit } from './test-count.js';

const stats = (s) => ({ expected: 0, unexpected: 0, flaky: 0, skipped: 0, ...s });

describe('counting what the test command ran', () => {
	it('browser tests that never started (a taken port) count as a failure, with the reason', () => {
		const report = {
			stats: stats({}),
			errors: [{ message: 'Error: http://localhost:4173/reply-dojo/ is already used, make sure…' }]
		};
		expect(countBrowser(report, false)).toMatchObject({ passed: 0, failed: 1 });
		expect(countBrowser(report, false).problem).toMatch(/did not run: .*already used/);
	});

	it('a missing report counts as a failure', () => {
		expect(countBrowser(null, false)).toMatchObject({ failed: 1 });
		expect(countUnit(null, false)).toMatchObject({ failed: 1 });
	});

	it('a run that passed is counted as it is, and failing tests are not counted twice', () => {
		expect(countBrowser({ stats: stats({ expected: 30, flaky: 1, skipped: 2 }) }, true)).toEqual({
			passed: 31,
			failed: 0,
			skipped: 2
		});
		expect(countBrowser({ stats: stats({ expected: 30, unexpected: 2 }) }, false)).toEqual({
			passed: 30,
			failed: 2,
			skipped: 0
		});
	});

	it('unit test files that failed to load, with no failing test, count as failures', () => {
		const report = {
			numPassedTests: 10,
			numFailedTests: 0,
			numPendingTests: 0,
			numTodoTests: 0,
			numFailedTestSuites: 2
		};
		expect(countUnit(report, false)).toMatchObject({ passed: 10, failed: 2 });
		expect(countUnit(report, true)).toEqual({ passed: 10, failed: 0, skipped: 0 });
	});
});

describe('the port for the app under test', () => {
	it('a port in use is seen as taken, and a free one is found beside it', async () => {
		const server = createServer();
		await new Promise((resolve) => server.listen(0, resolve));
		const taken = server.address().port;
		try {
			expect(await portTaken(taken)).toBe(true);
			const free = await freePort();
			expect(free).not.toBe(taken);
			expect(await portTaken(free)).toBe(false);
		} finally {
			server.close();
		}
	});
});
