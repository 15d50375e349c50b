import { expect, test } from './support/fixtures';

test('a reader goes from the home page through two guides to the contact call to action', async ({ page }) => {
	await page.goto('/?utm_source=newsletter&utm_campaign=autumn');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('intellectual property');

	await page.getByRole('link', { name: 'Start with the first guide' }).click();
	await expect(page).toHaveURL(/\/guides\/what-is-outsourcing\/$/);
	const firstTitle = await page.getByRole('heading', { level: 1 }).textContent();

	await page.getByRole('navigation', { name: 'More guides' }).getByRole('link', { name: /Next guide/ }).click();
	await expect(page).toHaveURL(/\/guides\/bulgarian-outsourcing-market\/$/);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(firstTitle ?? '');
	await expect(page.getByRole('navigation', { name: 'More guides' }).getByRole('link', { name: /Previous guide/ })).toHaveAttribute(
		'href',
		'/guides/what-is-outsourcing/',
	);

	await page.getByRole('link', { name: 'Talk to an IP attorney' }).click();
	await expect(page).toHaveURL(/\/contact\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Contact an IP attorney');
	const email = page.getByRole('link', { name: 'Write an e-mail' });
	await expect(email).toHaveAttribute('href', /^mailto:/);
	await expect(email).toHaveAttribute('href', /subject=IP%20protection/);
});

test('campaign parameters on a guide reach the contact link even though guides ship no JavaScript', async ({ page }) => {
	await page.goto('/guides/outsourcing-by-location/?utm_source=linkedin&utm_medium=social&utm_campaign=q4%20launch&ref=x');
	await page.getByRole('link', { name: 'Talk to an IP attorney' }).click();
	// The contact page's script adds the campaign once it runs; the click does not wait for the new page to load.
	const email = page.getByRole('link', { name: 'Write an e-mail' });
	await expect(email).toHaveAttribute('href', /utm_source/);
	const href = await email.getAttribute('href');
	const body = decodeURIComponent(new URL(href ?? '').searchParams.get('body') ?? '');
	expect(body).toContain('utm_source=linkedin');
	expect(body).toContain('utm_medium=social');
	expect(body).toContain('utm_campaign=q4 launch');
	expect(body).not.toContain('ref=');
});

test('a marketing link straight to the contact page keeps its campaign, encoded safely', async ({ page }) => {
	await page.goto('/contact/?utm_source=partner%26co&utm_content=%3Cb%3Ebold%3C%2Fb%3E');
	const href = (await page.getByRole('link', { name: 'Write an e-mail' }).getAttribute('href')) ?? '';
	expect(href).not.toContain('<');
	expect(href).not.toContain(' ');
	const body = new URL(href).searchParams.get('body') ?? '';
	expect(body).toContain('utm_source=partner&co');
	expect(body).toContain('utm_content=<b>bold</b>');
	await expect(page.locator('b')).toHaveCount(0);
});

test('a link stuffed with made-up campaign keys carries only the standard ones, each capped, onto the contact link', async ({ page }) => {
	// As many as the preview server accepts in a request line (about 8 KB); the unit tests take 300.
	const junk = Array.from({ length: 120 }, (_, i) => `utm_x${i}=${'v'.repeat(30)}`).join('&');
	await page.goto(`/contact/?${junk}&utm_source=${'s'.repeat(500)}&utm_campaign=q4`);
	const email = page.getByRole('link', { name: 'Write an e-mail' });
	await expect(email).toHaveAttribute('href', /utm_campaign/);
	const body = new URL((await email.getAttribute('href')) ?? '').searchParams.get('body') ?? '';
	expect(body).toBe(`[utm_source=${'s'.repeat(100)}&utm_campaign=q4]`);
});

test('the contact page works without JavaScript', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL ?? '' });
	const page = await context.newPage();
	await page.goto('/contact/');
	await expect(page.getByRole('link', { name: 'Write an e-mail' })).toHaveAttribute('href', /^mailto:[^?]+\?subject=/);
	await context.close();
});
