import summary from 'virtual:dojo/catalog-summary';

/** The scenario cards, small enough for the first page; `catalog.ts` has the full scenarios. */
export { summary };
