// The contract builder's share link, written (builderState.ts reads it back with parseBuilderLink). Loaded only when
// the reader copies the link or asks a lawyer: the page's first load does not need it.
import { serializeAnswers } from '@/lib/risk/shareUrl';
import { CLAUSES_PARAM, MODE_PARAM, type BuilderContext, type BuilderState } from './builderState';
import { checkField } from './fieldValues';
import { FIELD_IDS } from './fields';

/**
 * The share link's query (without `?`): the calculator's answers as serializeAnswers writes them, then the ticked
 * clauses, the language and every usable detail, in form order. A detail that cannot be used stays out of the link.
 */
export function serializeBuilder(state: BuilderState, context: Pick<BuilderContext, 'clauseIds'>): string {
	const clauses = context.clauseIds.filter((id) => state.clauses.includes(id));
	const details = new URLSearchParams();
	for (const id of FIELD_IDS) {
		const check = checkField(id, state.fields[id] ?? '');
		if (check.state === 'ok') details.append(id, check.value);
	}
	// Clause ids are [a-z0-9-] only: the commas stay readable, as in the calculator's lists.
	return [serializeAnswers(state.answers), `${CLAUSES_PARAM}=${clauses.join(',')}`, `${MODE_PARAM}=${state.mode}`, details.toString()].filter(Boolean).join('&');
}
