// The contract builder's share link, written (builderState.ts reads it back with parseBuilderLink). Loaded only when
// the reader copies the link or asks a lawyer: the page's first load does not need it.
import { choicesQuery, type BuilderContext, type BuilderState } from './builderState';
import { checkField } from './fieldValues';
import { FIELD_IDS } from './fields';

/**
 * The share link's query (without `?`): the reader's choices (choicesQuery), then every usable detail, in form order.
 * A detail that cannot be used stays out of the link.
 */
export function serializeBuilder(state: BuilderState, context: Pick<BuilderContext, 'clauseIds'>): string {
	const details = new URLSearchParams();
	for (const id of FIELD_IDS) {
		const check = checkField(id, state.fields[id] ?? '');
		if (check.state === 'ok') details.append(id, check.value);
	}
	const ordered = { ...state, clauses: context.clauseIds.filter((id) => state.clauses.includes(id)) };
	return [choicesQuery(ordered), details.toString()].filter(Boolean).join('&');
}
