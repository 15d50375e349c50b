import { expect, test } from 'vitest';
import { LOCALES } from '@/lib/i18n/locales';
import { dictionaries } from '@/lib/i18n/useTranslations';
import { ASSETS, LOCATIONS, ORGS, RISK_DIMENSIONS, RISK_LEVELS, SAFEGUARDS, SCOPES } from '@/lib/risk/factors';
import * as keys from '@/lib/risk/labelKeys';

test('every id has a label and labels are distinct within each kind, in both languages', () => {
	const kinds = [
		[SCOPES, keys.SCOPE_LABEL],
		[LOCATIONS, keys.LOCATION_LABEL],
		[ORGS, keys.ORG_LABEL],
		[ASSETS, keys.ASSET_LABEL],
		[SAFEGUARDS, keys.SAFEGUARD_LABEL],
		[RISK_DIMENSIONS, keys.DIMENSION_LABEL],
		[RISK_LEVELS, keys.LEVEL_LABEL],
	] as const;
	for (const locale of LOCALES) {
		for (const [ids, labels] of kinds) {
			const texts = ids.map((id: string) => dictionaries[locale][(labels as Record<string, keyof (typeof dictionaries)['en']>)[id]!]);
			expect(new Set(texts).size, `${locale}: ${ids.join(',')}`).toBe(ids.length);
		}
	}
});

test('every key of every map is distinct, so no two ids share a string by accident', () => {
	const all = (Object.values(keys) as readonly Readonly<Record<string, string>>[]).flatMap((map) => Object.values(map));
	expect(new Set(all).size).toBe(all.length);
});
