import { CIRCLE_DIMENSIONS, circleLayout, clientMark } from "../../../src/domain/views/circle-layout";
import { textWidth } from "../../../src/domain/views/text-size";

const FONT = CIRCLE_DIMENSIONS.labelFontSize;

describe("clientMark", () => {
	it("keeps a short label on the round client dot", () => {
		const { label, box } = clientMark("J.R.");
		expect(label).toBe("J.R.");
		expect(box.width).toBe(2 * CIRCLE_DIMENSIONS.clientRadius);
		expect(box.height).toBe(2 * CIRCLE_DIMENSIONS.clientRadius);
	});

	it("widens the mark to hold a longer name, and shortens one too long to clear the inner ring", () => {
		const jordan = clientMark("Jordan Rivers");
		expect(jordan.label).toBe("Jordan Rivers");
		expect(jordan.box.width).toBeGreaterThanOrEqual(textWidth("Jordan Rivers", FONT));
		const long = clientMark("Alexandra Montgomery-Smith");
		expect(long.label).toMatch(/^Alexandra.*…$/);
		expect(long.box.width).toBeGreaterThanOrEqual(textWidth(long.label, FONT));
		expect(long.box.width / 2).toBeLessThan(CIRCLE_DIMENSIONS.innerRadius - CIRCLE_DIMENSIONS.nodeRadius);
	});

	it("lets the layout turn the inner ring clear of a wide mark", () => {
		const mark = clientMark("Jordan Rivers").box;
		const { slots } = circleLayout(["a", "b", "c", "d"].map((key) => ({ key, ring: 1, label: key })), 3, CIRCLE_DIMENSIONS, mark);
		for (const slot of slots) {
			const r = CIRCLE_DIMENSIONS.nodeRadius;
			const apart = slot.x + r < mark.x || slot.x - r > mark.x + mark.width || slot.y + r < mark.y || slot.y - r > mark.y + mark.height;
			expect([slot.key, apart]).toEqual([slot.key, true]);
		}
	});
});
