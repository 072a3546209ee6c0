import type { IpadicFeatures } from 'kuromoji';
import type { Token } from './types';

/** kuromoji's features to our tokens; kuromoji's `word_position` is 1-based. */
export function toTokens(features: readonly IpadicFeatures[]): Token[] {
	return features.map((f) => {
		const start = f.word_position - 1;
		return {
			surface: f.surface_form,
			pos: f.pos,
			detail: f.pos_detail_1,
			basic: f.basic_form === '*' ? f.surface_form : f.basic_form,
			form: f.conjugated_form,
			start,
			end: start + f.surface_form.length
		};
	});
}
