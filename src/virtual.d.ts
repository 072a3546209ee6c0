declare module 'virtual:dojo/catalog' {
	const catalog: import('./lib/catalog').Catalog;
	export default catalog;
}
