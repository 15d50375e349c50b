/** Longest `<title>` search engines show in full (html-validate's long-title rule uses the same limit). */
export const MAX_TITLE = 70;

/** "Page | Brand" when it fits, otherwise the page title alone: the page's own words matter more than the brand. */
export function pageTitle(title: string, brand: string, max = MAX_TITLE): string {
	if (title === brand) return brand;
	const withBrand = `${title} | ${brand}`;
	return withBrand.length <= max ? withBrand : title;
}
