/**
 * What the draft's buttons hand out, loaded when the reader first reaches for them (builderActions.ts): the draft as
 * plain text, the link that reopens it, and the contact link with a summary. The .docx has its own, larger chunk.
 */
import type { BuilderContext, BuilderState } from '@/lib/clauses/builderState';
import { builderSummary } from '@/lib/clauses/builderSummary';
import { scheduleText } from '@/lib/clauses/scheduleDocument';
import { serializeBuilder } from '@/lib/clauses/shareLink';
import { prefillHref } from '@/lib/cta/readPrefill';
import type { Translate } from '@/lib/i18n/translator';
import { readSchedule } from './readSchedule';

/** The schedule as the page shows it, as plain text. */
export function draftText(schedule: HTMLElement, state: BuilderState): string {
	return scheduleText(readSchedule(schedule, state.mode));
}

/** This page's address with the draft in its query. */
export function draftLink(state: BuilderState, context: BuilderContext): string {
	return `${location.origin}${location.pathname}?${serializeBuilder(state, context)}`;
}

/** The contact page with a summary of the draft in its fragment, in the translator's language. */
export function contactHref(contactPath: string, state: BuilderState, context: BuilderContext, t: Translate): string {
	return prefillHref(contactPath, builderSummary(state, t, draftLink(state, context)));
}
