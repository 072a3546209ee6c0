import type { Diagnostic } from '../content';
import type { Rubric } from '../rubric';
import type { Scenario } from '../scenario';

/** A content file that could not be loaded, with every problem found in it. */
export interface BrokenFile {
	kind: 'scenario' | 'rubric';
	file: string;
	id: string;
	title: string;
	diagnostics: Diagnostic[];
}

/** Everything in scenarios/ and rubrics/, validated: what the app and the CLI play from. */
export interface Catalog {
	rubrics: Rubric[];
	scenarios: Scenario[];
	broken: BrokenFile[];
}
