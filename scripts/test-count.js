// How scripts/test.js counts what ran: a suite that could not start, or ended in an error outside
// any test, counts as a failure, so that "0 failed" always means every suite ran and passed.
/**
 * Counts from Vitest's JSON report. `exited` is whether Vitest exited 0; a report missing, or a
 * failing exit with no failing test (a file that did not load, an error between tests), counts as
 * one failure more.
 */
export function countUnit(report, exited) {
	if (!report) return { passed: 0, failed: 1, skipped: 0, problem: 'Vitest wrote no report.' };
	const counts = {
		passed: report.numPassedTests,
		failed: report.numFailedTests,
		skipped: report.numPendingTests + report.numTodoTests
	};
	if (!exited && counts.failed === 0) {
		const suites = report.numFailedTestSuites || 1;
		return { ...counts, failed: suites, problem: `${suites} test file(s) failed to run.` };
	}
	return counts;
}

/**
 * Counts from Playwright's JSON report, as `countUnit`. Playwright reports a web server that
 * could not start (a taken port, a failed build) in `errors` and runs no test.
 */
export function countBrowser(report, exited) {
	if (!report) return { passed: 0, failed: 1, skipped: 0, problem: 'Playwright wrote no report.' };
	const s = report.stats;
	const counts = { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
	const errors = (report.errors ?? []).map((e) => e.message?.split('\n')[0]).filter(Boolean);
	if ((!exited || errors.length) && counts.failed === 0) {
		const ran = s.expected + s.flaky + s.unexpected;
		const why = errors[0] ?? 'Playwright failed outside any test.';
		return {
			...counts,
			failed: 1,
			problem: ran ? why : `The browser tests did not run: ${why}`
		};
	}
	return counts;
}
