import { personResolver, resolvePersonLink } from "../../../src/domain/model/person-links";
import { link, person } from "./builders";

describe("person links", () => {
	const mum = person("Mum", { path: "Clients/Jo/People/Mum.md", aliases: ["Mother"] });
	const otherMum = person("Mum", { path: "Clients/Al/Mum.md" });
	const sam = person("Sam Lee", { path: "Clients/Jo/People/sam.md" });
	const people = [otherMum, mum, sam];

	it("matches the whole path without .md, case-insensitively", () => {
		expect(resolvePersonLink(link("clients/jo/people/mum"), people)).toBe(mum);
		expect(resolvePersonLink(link("Clients/Jo/People/Mum.md"), people)).toBe(mum);
	});

	it("matches a trailing path before a file name", () => {
		expect(resolvePersonLink(link("Jo/People/Mum"), people)).toBe(mum);
		expect(resolvePersonLink(link("Al/Mum"), people)).toBe(otherMum);
	});

	it("falls back to the file name, then to the person's name or an alias", () => {
		expect(resolvePersonLink(link("Elsewhere/SAM"), people)).toBe(sam);
		expect(resolvePersonLink(link("sam lee"), people)).toBe(sam);
		expect(resolvePersonLink(link("Old/Mother"), people)).toBe(mum);
	});

	it("gives the first person by order when a plain name is shared", () => {
		expect(resolvePersonLink(link("Mum"), people)).toBe(otherMum);
	});

	it("prefers a path over someone else's name", () => {
		const named = person("Sam", { path: "Clients/Jo/People/Sam Brother.md" });
		expect(personResolver([named, sam])(link("Sam"))).toBe(sam);
	});

	it("gives null when nothing matches", () => {
		expect(resolvePersonLink(link("Dad"), people)).toBeNull();
		expect(resolvePersonLink(link("  "), people)).toBeNull();
		expect(resolvePersonLink(link("Mum"), [])).toBeNull();
	});
});
