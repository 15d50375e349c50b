import { expect, test } from 'vitest';
import { privacyNoteKey } from '@/lib/pages/privacyNote';
import { dictionaries } from '@/lib/i18n/useTranslations';

test.each([
	[{}, 'footer.privacy'],
	[{ contactForm: { endpoint: '/api/contact' } }, 'footer.privacyForm'],
	[{ analytics: { provider: 'plausible' } }, 'footer.privacyAnalytics'],
	[{ analytics: { provider: 'umami' }, contactForm: { endpoint: '/api/contact' } }, 'footer.privacyAnalyticsForm'],
] as const)('the footer says what leaves the page: %o → %s', (config, key) => {
	expect(privacyNoteKey(config)).toBe(key);
});

test('with analytics counted, no footer sentence claims that nothing is sent anywhere', () => {
	for (const t of Object.values(dictionaries)) {
		for (const config of [{ analytics: {} }, { analytics: {}, contactForm: {} }]) expect(t[privacyNoteKey(config)]).not.toBe(t['footer.privacy']);
		expect(t['footer.privacyAnalyticsForm']).toContain('{firm}');
	}
});
