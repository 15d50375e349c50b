/**
 * What the draft's buttons hand out, loaded when the reader first reaches for them (builderActions.ts): the draft as
 * plain text, the .docx (whose library has its own, larger chunk), the link that reopens it, and the contact link
 * with a summary.
 */
import type { BuilderContext, BuilderState } from '@/lib/clauses/builderState';
import { builderSummary } from '@/lib/clauses/builderSummary';
import { scheduleText } from '@/lib/clauses/scheduleDocument';
import { serializeBuilder } from '@/lib/clauses/shareLink';
import { prefillHref } from '@/lib/cta/prefillHref';
import type { Translate } from '@/lib/i18n/translator';
import { readSchedule } from './readSchedule';

/** The schedule as the page shows it, as plain text. */
export function draftText(schedule: HTMLElement, state: BuilderState): string {
	return scheduleText(readSchedule(schedule, state.mode));
}

/**
 * Downloads the schedule as the page shows it as a .docx named `file`; the docx library loads with the first one. The
 * file is a `blob:` link in this browser: nothing is uploaded.
 */
export async function downloadDocx(schedule: HTMLElement, state: BuilderState, file: string): Promise<void> {
	const { scheduleDocxBlob } = await import('@/lib/clauses/scheduleDocx');
	const url = URL.createObjectURL(await scheduleDocxBlob(readSchedule(schedule, state.mode)));
	Object.assign(document.createElement('a'), { href: url, download: file }).click();
	// Revoked once the download has surely started; the link was never in the page.
	setTimeout(() => {
		URL.revokeObjectURL(url);
	}, 60_000);
}

/** This page's address with the draft in its query. */
export function draftLink(state: BuilderState, context: BuilderContext): string {
	return `${location.origin}${location.pathname}?${serializeBuilder(state, context)}`;
}

/** The contact page with a summary of the draft in its fragment, in the translator's language. */
export function contactHref(contactPath: string, state: BuilderState, context: BuilderContext, t: Translate): string {
	return prefillHref(contactPath, builderSummary(state, t, draftLink(state, context)));
}
