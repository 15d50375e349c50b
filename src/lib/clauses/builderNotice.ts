// The notice about what a link or saved work had to drop, in the page's language. Loaded only when there is one.
import type { Translate } from '@/lib/i18n/translator';
import { MAX_NOTICE_ITEMS, type LoadNotice } from '@/lib/risk/collectAnswers';
import { FIELD_NAME } from '@/lib/risk/labelKeys';
import { CLAUSES_PARAM, MODE_PARAM, type Dropped, type LoadedBuilder } from './builderState';
import { isFieldId } from './fields';
import { FIELD_LABEL } from './labelKeys';

/** The name a notice gives a dropped value's source, in the translator's language. */
function droppedName(field: Dropped['field'], t: Translate): string {
	if (field === CLAUSES_PARAM) return t('builder.notice.clause');
	if (field === MODE_PARAM) return t('builder.notice.language');
	if (isFieldId(field)) return t(FIELD_LABEL[field]);
	return t(FIELD_NAME[field]);
}

/** The notice about what loading dropped (≤ MAX_NOTICE_ITEMS listed, the rest counted), or null when nothing was. */
export function builderNotice(loaded: LoadedBuilder, t: Translate): LoadNotice | null {
	if (loaded.corrupt) return { message: t('builder.notice.corrupt'), items: [] };
	if (loaded.dropped.length === 0) return null;
	const shown = loaded.dropped.slice(0, MAX_NOTICE_ITEMS);
	const rest = loaded.dropped.length - shown.length;
	return {
		message: t(loaded.source === 'link' ? 'builder.notice.link' : 'builder.notice.saved'),
		items: [
			...shown.map(({ field, value }) => t('calc.notice.item', { field: droppedName(field, t), value })),
			...(rest > 0 ? [t('calc.notice.more', { count: rest })] : []),
		],
	};
}
