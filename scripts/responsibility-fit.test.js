import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('rubrics/models/responsibility.json', () => {
	it('is what npm run fit:responsibility writes from the corpus (refit after changing a cue or the corpus)', () => {
		const run = spawnSync(process.execPath, ['scripts/responsibility-fit.js', '--check'], {
			encoding: 'utf8'
		});
		expect(run.stdout).toContain('the model is what the fit writes');
		expect(run.status).toBe(0);
	}, 60_000);
});
