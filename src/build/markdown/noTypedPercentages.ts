import type { MdastPluginDefinition } from 'satteri';
import { findTypedPercentage } from '../../lib/guides/typedPercentage.ts';

/** Fails the build, naming file and line, when a guide's text types a percentage instead of quoting the data set. */
export const noTypedPercentages: MdastPluginDefinition = {
	name: 'no-typed-percentages',
	options: { position: true },
	text(node, ctx) {
		const found = findTypedPercentage(node.value);
		if (found === undefined) return;
		const where = `${ctx.fileURL?.pathname ?? 'an MDX file'}:${node.position?.start.line ?? '?'}`;
		throw new Error(`${where}: "${found}" is a typed percentage; quote the figure from the data set with <AdoptionFigure year={…} /> instead.`);
	},
};
