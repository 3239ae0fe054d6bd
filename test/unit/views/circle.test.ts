import { plainNames, privacyNames } from "../../../src/domain/privacy/case-names";
import { CIRCLE_DIMENSIONS, circleLayout, labelBox, labelPlacement, ringRadii } from "../../../src/domain/views/circle-layout";
import type { Box } from "../../../src/domain/views/text-size";
import { circleModel, fitCircle, labelLength } from "../../../src/domain/views/circle-model";
import { nodeLabel, shortRoleLabel } from "../../../src/domain/views/short-labels";
import { bundle, FOLDER, link, person } from "../engine/builders";
import { namesShown } from "./shown-text";

const centre = CIRCLE_DIMENSIONS.size / 2;

function distance(p: { x: number; y: number }): number {
	return Math.hypot(p.x - centre, p.y - centre);
}

function slot(key: string, ring: number, label = key): { key: string; ring: number; label: string } {
	return { key, ring, label };
}

function touching(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe("circleLayout", () => {
	it("spaces the rings evenly from the inner radius to the outer one, leaving a margin for labels", () => {
		expect(ringRadii(3)).toEqual([56, 93, 130]);
		const four = ringRadii(4);
		expect(four[0]).toBe(CIRCLE_DIMENSIONS.innerRadius);
		expect(four[3]).toBe(CIRCLE_DIMENSIONS.size / 2 - CIRCLE_DIMENSIONS.margin);
	});

	it("puts each slot on its ring, spread evenly, a lone inner ring starting at the top", () => {
		const { slots } = circleLayout([slot("a", 1), slot("b", 1), slot("c", 1)], 3);
		for (const placed of slots) expect(distance(placed)).toBeCloseTo(56);
		expect(slots[0]).toMatchObject({ key: "a", x: centre });
		expect(slots[0]?.y).toBeCloseTo(centre - 56);
		const angles = slots.map((placed) => placed.angle);
		expect((angles[1] ?? 0) - (angles[0] ?? 0)).toBeCloseTo((2 * Math.PI) / 3);
		expect((angles[2] ?? 0) - (angles[1] ?? 0)).toBeCloseTo((2 * Math.PI) / 3);
	});

	it("turns an outer ring away from the people inside it", () => {
		const { slots } = circleLayout([slot("inner", 1), slot("x", 2), slot("y", 2)], 3);
		const inner = slots.find((placed) => placed.key === "inner");
		for (const key of ["x", "y"]) {
			const outer = slots.find((placed) => placed.key === key);
			const gap = Math.abs((outer?.angle ?? 0) - (inner?.angle ?? 0)) % (2 * Math.PI);
			expect(Math.min(gap, 2 * Math.PI - gap)).toBeGreaterThan(Math.PI / 4);
		}
	});

	it("keeps every label clear of other labels and nodes, even on crowded rings", () => {
		const names = ["Nadia", "Ravi", "Elsie", "Lily", "Marcus", "Cal", "Dev", "Ms Okafor", "Jonas", "Clara", "Ellie", "Birgit"];
		const { slots } = circleLayout(names.map((name, i) => slot(name, (i % 3) + 1)), 3);
		const dots = slots.map((placed) => ({ key: placed.key, box: { x: placed.x - 9, y: placed.y - 9, width: 18, height: 18 } }));
		for (const placed of slots) {
			for (const other of slots) if (other !== placed) expect([placed.key, other.key, touching(placed.labelBox, other.labelBox)]).toEqual([placed.key, other.key, false]);
			for (const dot of dots) if (dot.key !== placed.key) expect([placed.key, dot.key, touching(placed.labelBox, dot.box)]).toEqual([placed.key, dot.key, false]);
		}
	});

	it("moves a label further out on a ring too crowded to turn clear: twelve people in circle 1", () => {
		const names = ["Grandmother Rosa", "Uncle Bernard", "Cousin Amelia", "Best friend Jo", "Neighbour Pat", "Teacher Mr Okafor", "Coach Daniel", "Aunt Margaret", "Sister Lily", "Brother Marcus", "Father", "Mother"];
		const { slots } = circleLayout(names.map((name) => slot(name, 1)), 3);
		for (const placed of slots) {
			for (const other of slots) if (other !== placed) expect([placed.key, other.key, touching(placed.labelBox, other.labelBox)]).toEqual([placed.key, other.key, false]);
		}
		const distances = slots.map((placed) => Math.hypot(placed.label.x - placed.x, placed.label.y - placed.y));
		expect(Math.max(...distances)).toBeGreaterThan(Math.min(...distances) + 1);
	});

	it("draws a ring beyond the ring count on the outer ring, and a ring below 1 on the first", () => {
		const { slots } = circleLayout([slot("far", 4), slot("near", 0)], 3);
		expect(slots.find((placed) => placed.key === "far")?.ring).toBe(3);
		expect(slots.find((placed) => placed.key === "near")?.ring).toBe(1);
	});

	it("keeps positions when the same slots come again", () => {
		const slots = [slot("a", 2), slot("b", 3), slot("c", 3)];
		expect(circleLayout(slots, 3)).toEqual(circleLayout(slots, 3));
	});

	it("places labels outside their node, anchored so they grow away from the centre", () => {
		const at = (angle: number) => labelPlacement(centre, centre, angle, 10);
		expect(at(-Math.PI / 2)).toMatchObject({ anchor: "middle", baseline: "auto", y: centre - 10 });
		expect(at(0)).toMatchObject({ anchor: "start", baseline: "middle", x: centre + 10 });
		expect(at(Math.PI / 2)).toMatchObject({ anchor: "middle", baseline: "hanging" });
		expect(at(Math.PI)).toMatchObject({ anchor: "end", baseline: "middle" });
	});

	it("estimates a label's box from its anchor and baseline", () => {
		const box = labelBox({ x: 100, y: 50, anchor: "end", baseline: "hanging" }, "Nadia", 10);
		expect(box.x + box.width).toBe(100);
		expect(box.y).toBeLessThan(50);
		expect(box.y + box.height).toBeGreaterThan(60);
	});
});

describe("circleModel", () => {
	const people = [
		person("Nadia", { role: "mother", circle: 1, support: 2, conflict: 3, disputeStage: "renegotiation", related: [link("Lily"), link("Nowhere")] }),
		person("Lily", { role: "sister", circle: 2, support: 1, conflict: 1, related: [link("Nadia")] }),
		person("Len", { role: "grandfather", circle: 5, status: "deceased" }),
		person("Stray", { circle: null }),
		person("Eve", { role: "aunt", circle: 2, status: "estranged", support: 7 }),
	];
	const sample = bundle({ people });

	it("makes a node per placed person with their support, status and a title naming person and role", () => {
		const model = circleModel(sample, plainNames(sample), 3);
		const nadia = model.nodes.find((node) => node.link.text === "Nadia");
		expect(nadia).toMatchObject({ ring: 1, support: 2, status: "living", shortLabel: "Nadia" });
		expect(nadia?.title).toBe("Nadia, mother: circle 1, support 2 of 3, conflict 3 of 3, dispute: renegotiation");
		expect(model.nodes.find((node) => node.link.text === "Len")?.title).toContain("circle 5, drawn on ring 3");
		expect(model.nodes.find((node) => node.link.text === "Eve")?.support).toBe(3);
		expect(model.nodes.find((node) => node.link.text === "Len")?.status).toBe("deceased");
	});

	it("ties each placed person to the client with their conflict, and related people once per pair", () => {
		const model = circleModel(sample, plainNames(sample), 3);
		expect(model.clientTies).toHaveLength(4);
		const nadia = model.nodes.find((node) => node.link.text === "Nadia");
		expect(model.clientTies.find((tie) => tie.x2 === nadia?.x && tie.y2 === nadia.y)?.conflict).toBe(3);
		expect(model.relatedTies).toHaveLength(1);
		expect(model.clientTies.every((tie) => tie.x1 === model.centre && tie.y1 === model.centre)).toBe(true);
	});

	it("lists people without a circle beside the drawing", () => {
		const model = circleModel(sample, plainNames(sample), 3);
		expect(model.unplaced).toEqual([{ path: `${FOLDER}/People/Stray.md`, text: "Stray" }]);
		expect(model.rings.map((ring) => ring.label)).toEqual(["Circle 1", "Circle 2", "Circle 3"]);
	});

	it("uses privacy labels everywhere in privacy mode", () => {
		const model = circleModel(sample, privacyNames(sample), 4);
		expect(namesShown(model, ["Nadia", "Lily", "Len", "Stray", "Eve", "Jo"])).toEqual([]);
		expect(namesShown(circleModel(sample, plainNames(sample), 4), ["Nadia", "Stray"])).toEqual(["Nadia", "Stray"]);
		expect(model.nodes.map((node) => node.link.text).sort()).toEqual(["Aunt", "Grandfather", "Mother", "Sister"]);
		expect(model.rings).toHaveLength(4);
	});

	it("frames the drawing around the rings and every label", () => {
		const model = circleModel(sample, plainNames(sample), 3);
		const outer = model.rings[2]?.radius ?? 0;
		expect(model.viewBox.x).toBeLessThanOrEqual(model.centre - outer);
		expect(model.viewBox.x + model.viewBox.width).toBeGreaterThanOrEqual(model.centre + outer);
		for (const node of model.nodes) {
			expect(node.label.y).toBeGreaterThan(model.viewBox.y);
			expect(node.label.y).toBeLessThan(model.viewBox.y + model.viewBox.height);
		}
	});

	it("cuts a long name with an ellipsis", () => {
		expect(nodeLabel("Aunt Josephine Smith", 12, false)).toBe("Aunt Joseph…");
		expect(nodeLabel("Ms Okafor", 12, false)).toBe("Ms Okafor");
	});

	it("shortens a privacy label by rule, keeping its number: initials, then the last word abbreviated", () => {
		expect(nodeLabel("Grandmother 2", 12, true)).toBe("Grandmoth. 2");
		expect(shortRoleLabel("Maternal grandmother", 14)).toBe("M. grandmother");
		expect(shortRoleLabel("Maternal grandmother 2", 12)).toBe("M. grandm. 2");
		expect(shortRoleLabel("Close family friend 3", 13)).toBe("C.F. friend 3");
		expect(shortRoleLabel("Close family friend 3", 12)).toBe("C.F. frie. 3");
		expect(shortRoleLabel("Maternal grandmother 2", 6)).toBe("Gra. 2");
		expect(shortRoleLabel("Friend 12", 6)).toBe("Fr. 12");
		expect(shortRoleLabel("Mother", 6)).toBe("Mother");
		expect(shortRoleLabel("Aunt (mother's sister)", 12)).toBe("Aunt");
		expect(shortRoleLabel("Younger sister (9)", 10)).toBe("Y. sister");
		expect(shortRoleLabel("Friend from the football team 2", 10)).toBe("Friend 2");
		expect(shortRoleLabel("Grandmother (mother's mother)", 11)).toBe("Grandmother");
	});

	it("draws a privacy label shortened by rule, never cut with an ellipsis", () => {
		const many = bundle({ people: ["A", "B"].map((name) => person(name, { role: "maternal grandmother", circle: 1 })) });
		const model = circleModel(many, privacyNames(many), 3);
		expect(model.nodes.map((node) => node.shortLabel)).toEqual(["M. grandm. 1", "M. grandm. 2"]);
		expect(model.nodes.map((node) => node.link.text)).toEqual(["Maternal grandmother 1", "Maternal grandmother 2"]);
	});
});

describe("fitCircle", () => {
	const people = ["Nadia", "Lily", "Ravi", "Elsie", "Marcus", "Cal", "Dev", "Ms Okafor"].map((name, i) => person(name, { role: i % 2 === 0 ? "maternal grandmother" : "friend", circle: 1 + (i % 3) }));
	const sample = bundle({ people });

	it.each([
		[276, 12],
		[276, 16],
		[380, 13],
		[200, 12],
	])("makes labels show at least the small font once drawn %i px wide at %i px", (width, font) => {
		for (const names of [plainNames(sample), privacyNames(sample)]) {
			const fitted = fitCircle(circleModel(sample, names, 3), width, font);
			expect((fitted.labelFontSize * width) / fitted.viewBox.width).toBeGreaterThanOrEqual(font);
			if (names.private) expect(fitted.nodes.filter((node) => node.shortLabel.includes("…"))).toEqual([]);
			else for (const node of fitted.nodes) expect(node.shortLabel.length).toBeLessThanOrEqual(labelLength(fitted.labelFontSize));
		}
	});

	it("leaves a drawing whose labels already show large enough as it is", () => {
		const model = circleModel(sample, plainNames(sample), 3);
		expect(fitCircle(model, 1000, 10)).toBe(model);
	});
});
