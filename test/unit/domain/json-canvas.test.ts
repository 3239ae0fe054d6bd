import { canvasRings, ringAt } from "../../../src/domain/canvas/circle-canvas";
import { readCanvas } from "../../../src/domain/canvas/json-canvas";
import type { CircleModel } from "../../../src/domain/views/circle-model";

describe("readCanvas", () => {
	it("reads an empty file and a canvas without edges as JSON Canvas", () => {
		expect(readCanvas("", "a.canvas")).toEqual({ canvas: { nodes: [], edges: [] } });
		expect(readCanvas('{"nodes":[{"id":"g","type":"group","x":0,"y":0,"width":9,"height":9}]}', "a.canvas")).toEqual({
			canvas: { nodes: [{ id: "g", type: "group", x: 0, y: 0, width: 9, height: 9 }], edges: [] },
		});
	});

	it.each([
		["{", /^a\.canvas is not valid JSON/],
		["[]", /^a\.canvas is not a JSON Canvas: it holds no object\.$/],
		['{"nodes":{}}', /^a\.canvas: "nodes" is not a list\.$/],
		['{"nodes":[{"id":"n","type":"shape","x":0,"y":0,"width":1,"height":1}]}', /^a\.canvas: nodes\[0\] has "type" "shape", not text, file, link or group\.$/],
		['{"nodes":[{"id":"n","type":"file","x":0,"y":0,"width":1,"height":1}]}', /^a\.canvas: nodes\[0\] is a file node without a "file"\.$/],
		['{"nodes":[],"edges":[{"id":"e","fromNode":"a","toNode":"b"}]}', /^a\.canvas: edges\[0\] joins a node that is not in the canvas\.$/],
	])("names the file and the field of %j", (text, message) => {
		const reading = readCanvas(text, "a.canvas");
		expect("problem" in reading ? reading.problem : "").toMatch(message);
	});
});

describe("ringAt", () => {
	const rings = canvasRings({ rings: [1, 2, 3].map((ring) => ({ ring, radius: ring * 40, label: String(ring) })) } as unknown as CircleModel);

	it("takes the ring whose circle passes nearest", () => {
		expect([0, 299, 301, 499, 501, 2000].map((d) => ringAt(d, rings))).toEqual([1, 1, 2, 2, 3, 3]);
	});
});
