/**
 * The analytics glue, on every page of a site whose configuration sets `analytics` (injected by
 * src/build/integrations/analytics.ts; absent otherwise). It watches the page's existing islands for the events a
 * marketing team counts and hands each to the provider's tracker if that has loaded (src/lib/analytics/events.ts
 * decides everything): blocked or not loaded, nothing happens.
 */
import { CALCULATOR, calculatorCompletion, clickEvent, sendEvent, visitCampaign, type AnalyticsEvent, type TrackerGlobals } from '@/lib/analytics/events';

const send = (event: AnalyticsEvent | undefined) => {
	if (event) sendEvent(event, window as Window & TrackerGlobals);
};

// Capture: counted even when an island stops the click from going further.
document.addEventListener(
	'click',
	(event) => {
		const target = event.target instanceof Element ? event.target : null;
		if (target) send(clickEvent((selector) => target.closest(selector) !== null, () => visitCampaign(location.search, document.referrer, location.origin)));
	},
	{ capture: true },
);

const form = document.querySelector(CALCULATOR.form);
const result = document.querySelector(CALCULATOR.result);
if (form && result) {
	const completion = calculatorCompletion();
	const completed = () => {
		observer.disconnect();
		send({ name: 'Calculator completed' });
	};
	const observer = new IntersectionObserver((entries) => {
		if (entries.some((entry) => completion.seen(entry.isIntersecting))) completed();
	});
	observer.observe(result);
	form.addEventListener('change', () => {
		if (completion.answered()) completed();
	});
}
