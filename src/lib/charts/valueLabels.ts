// A tiny Chart.js plugin: prints each bar's value above it, in the page's language ("75%" / "75 %"),
// so the figures are readable without hovering (the chart registers no tooltip).
import type { Chart, ChartType, Plugin } from 'chart.js';
import { formatPercent } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/locales';

export interface ValueLabelsOptions {
	/** Text colour (a plain CSS colour). */
	color: string;
	/** Locale the values are formatted for. */
	locale: Locale;
	/** CSS font shorthand, e.g. `600 13px system-ui`. */
	font: string;
	/** Gap between the top of a bar and the baseline of its label, in CSS pixels. */
	offset: number;
}

declare module 'chart.js' {
	// The type parameter must repeat Chart.js's declaration for the augmentation to merge, even though it is unused.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	interface PluginOptionsByType<TType extends ChartType> {
		/** Options of the value-labels plugin (src/lib/charts/valueLabels.ts). */
		valueLabels: ValueLabelsOptions;
	}
}

/** The label printed above a bar: the value as a localised percentage. */
export function valueLabel(value: number, locale: Locale): string {
	return formatPercent(value, locale);
}

/** Every label to print: its text and where (centre of the bar's top edge, raised by `offset`). */
export function valueLabelPositions(chart: Pick<Chart<'bar'>, 'data' | 'getDatasetMeta'>, options: Pick<ValueLabelsOptions, 'locale' | 'offset'>) {
	return chart.data.datasets.flatMap((dataset, datasetIndex) => {
		const meta = chart.getDatasetMeta(datasetIndex);
		if (meta.hidden) return [];
		return meta.data.flatMap((bar, index) => {
			const value = dataset.data[index];
			if (typeof value !== 'number' || !Number.isFinite(value)) return [];
			return [{ text: valueLabel(value, options.locale), x: bar.x, y: bar.y - options.offset }];
		});
	});
}

export const valueLabelsPlugin: Plugin<'bar', ValueLabelsOptions> = {
	id: 'valueLabels',
	defaults: { color: '#1b1f24', locale: 'en', font: '600 13px sans-serif', offset: 4 },
	afterDatasetsDraw(chart, _args, options) {
		const { ctx } = chart;
		ctx.save();
		ctx.fillStyle = options.color;
		ctx.font = options.font;
		ctx.textAlign = 'center';
		ctx.textBaseline = 'bottom';
		for (const label of valueLabelPositions(chart, options)) ctx.fillText(label.text, label.x, label.y);
		ctx.restore();
	},
};
