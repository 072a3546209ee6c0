import catalog from 'virtual:dojo/catalog';
import type { Rubric } from '../rubric';
import type { Scenario } from '../scenario';

export { catalog };

export function findScenario(id: string): Scenario | undefined {
	return catalog.scenarios.find((s) => s.id === id);
}

export function findRubric(id: string): Rubric | undefined {
	return catalog.rubrics.find((r) => r.id === id);
}
