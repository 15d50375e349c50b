// The footer's privacy sentence, by what the firm's configuration sends anywhere: nothing, visits counted by its own
// analytics, messages through its contact form, or both. The footer and the tests pick it with this one function.
import type { UiKey } from '@/lib/i18n/ui/en';

export function privacyNoteKey({ analytics, contactForm }: { analytics?: unknown; contactForm?: unknown }): UiKey {
	if (analytics) return contactForm ? 'footer.privacyAnalyticsForm' : 'footer.privacyAnalytics';
	return contactForm ? 'footer.privacyForm' : 'footer.privacy';
}
