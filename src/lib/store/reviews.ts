import type { DojoDb } from './db';
import { newId } from './id';
import { storable } from './plain';
import type { Review } from './types';

export type NewReview = Omit<Review, 'id' | 'createdAt' | 'updatedAt'>;
export type ReviewChange = Partial<Pick<Review, 'comment' | 'override' | 'start' | 'end'>>;

/** Reviewers' feedback on the turns of attempts. */
export class ReviewStore {
	constructor(private readonly db: DojoDb) {}

	/** A new review of one turn; refused when the attempt or the turn does not exist. */
	create(review: NewReview, now = Date.now()): Promise<Review> {
		return this.db.transaction('rw', this.db.attempts, this.db.reviews, async () => {
			const attempt = await this.db.attempts.get(review.attemptId);
			if (!attempt) throw new Error(`No attempt with id ${review.attemptId}`);
			if (!attempt.turns[review.turnIndex])
				throw new Error(`Attempt ${review.attemptId} has no turn ${review.turnIndex + 1}`);
			const saved = storable<Review>('reviews', {
				...review,
				id: newId(),
				createdAt: now,
				updatedAt: now
			});
			await this.db.reviews.add(saved);
			return saved;
		});
	}

	update(id: string, change: ReviewChange, now = Date.now()): Promise<Review> {
		return this.db.transaction('rw', this.db.reviews, async () => {
			const review = await this.db.reviews.get(id);
			if (!review) throw new Error(`No review with id ${id}`);
			const updated = storable<Review>('reviews', { ...review, ...change, updatedAt: now });
			await this.db.reviews.put(updated);
			return updated;
		});
	}

	remove(id: string): Promise<void> {
		return this.db.reviews.delete(id);
	}

	get(id: string): Promise<Review | undefined> {
		return this.db.reviews.get(id);
	}

	/** An attempt's reviews, by turn and then oldest first; or one turn's. */
	async forAttempt(attemptId: string, turnIndex?: number): Promise<Review[]> {
		const found =
			turnIndex === undefined
				? await this.db.reviews.where('attemptId').equals(attemptId).toArray()
				: await this.db.reviews
						.where('[attemptId+turnIndex]')
						.equals([attemptId, turnIndex])
						.toArray();
		return found.sort((a, b) => a.turnIndex - b.turnIndex || a.createdAt - b.createdAt);
	}
}
