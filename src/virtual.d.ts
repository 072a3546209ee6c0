declare module 'virtual:dojo/catalog' {
	const catalog: import('./lib/catalog').Catalog;
	export default catalog;
}

declare module 'virtual:dojo/catalog-summary' {
	const summary: import('./lib/catalog').CatalogSummary;
	export default summary;
}
