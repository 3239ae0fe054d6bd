import { linkBasename, parseLink } from "../../../src/domain/model/links";

describe("parseLink", () => {
	test.each([
		["[[Jordan R]]", "Jordan R"],
		["  [[Jordan R]]  ", "Jordan R"],
		["[[Jordan R#Inventory]]", "Jordan R"],
		["[[Jordan R.md]]", "Jordan R"],
		["[[IPT/Jordan R/Jordan R]]", "IPT/Jordan R/Jordan R"],
		["![[Jordan R]]", "Jordan R"],
		["Jordan R", "Jordan R"],
		["Jordan R.md", "Jordan R"],
		["Clients/Jordan R", "Clients/Jordan R"],
	])("reads the quoted or plain form %j as %j", (input, target) => {
		expect(parseLink(input)).toEqual({ target, unquoted: false });
	});

	test.each([
		[[["Jordan R"]], "Jordan R"],
		[[["Folder/Jordan R"]], "Folder/Jordan R"],
	])("reads the unquoted nested-list form %j and marks it unquoted", (input, target) => {
		expect(parseLink(input)).toEqual({ target, unquoted: true });
	});

	test.each([
		["[[Jordan R|JR]]", { target: "Jordan R", unquoted: false, display: "JR" }],
		["[[Jordan R#Inventory| Jo ]]", { target: "Jordan R", unquoted: false, display: "Jo" }],
		["[[Jordan R|]]", { target: "Jordan R", unquoted: false }],
		[[["Jordan R|JR"]], { target: "Jordan R", unquoted: true, display: "JR" }],
	])("keeps a link's own words after | from %j, for privacy to hide", (input, link) => {
		expect(parseLink(input)).toEqual(link);
	});

	test.each([
		["empty text", ""],
		["blank text", "   "],
		["an empty link", "[[]]"],
		["an alias only", "[[|JR]]"],
		["two links in one text", "[[Ann]] and [[Bob]]"],
		["an unclosed link", "[[Ann"],
		["a number", 5],
		["null", null],
		["a boolean", true],
		["a flat list", ["Jordan R"]],
		["a list of two", [["Ann"], ["Bob"]]],
		["a nested pair", [["Smith", "Jo"]]],
		["a deeper nesting", [[["Ann"]]]],
		["a nested empty name", [[""]]],
		["an object", { target: "Ann" }],
	])("rejects %s", (_label, input) => {
		expect(parseLink(input)).toBeNull();
	});
});

describe("linkBasename", () => {
	test.each([
		["Jordan R", "Jordan R"],
		["IPT/Jordan R/Jordan R", "Jordan R"],
		["Folder/", ""],
	])("%j -> %j", (target, basename) => {
		expect(linkBasename(target)).toBe(basename);
	});
});
