/** @jest-environment jsdom */

import { setIcon } from "../fake-obsidian";

let root: HTMLElement;

beforeEach(() => {
	root = document.body.createDiv({ cls: "root" });
});

afterEach(() => document.body.empty());

describe("creating elements", () => {
	it("applies every DomElementInfo field", () => {
		const link = root.createEl("a", { cls: ["one", "two"], text: "Open", attr: { "data-id": 7, hidden: null, draggable: true }, title: "Open the case", href: "#case" });
		expect(link.parentElement).toBe(root);
		expect([link.className, link.textContent, link.title, link.getAttribute("href")]).toEqual(["one two", "Open", "Open the case", "#case"]);
		expect([link.getAttribute("data-id"), link.hasAttribute("hidden"), link.getAttribute("draggable")]).toEqual(["7", false, "true"]);
		const field = root.createEl("input", { type: "number", value: "3", placeholder: "Score" });
		expect([field.type, field.value, field.placeholder]).toEqual(["number", "3", "Score"]);
	});

	it("takes a string as the class, prepends on request and calls the callback", () => {
		const first = root.createDiv("first");
		const seen: HTMLElement[] = [];
		const before = root.createSpan({ cls: "before", prepend: true }, (el) => seen.push(el));
		expect(Array.from(root.children)).toEqual([before, first]);
		expect(seen).toEqual([before]);
		expect([first.tagName, before.tagName, first.className]).toEqual(["DIV", "SPAN", "first"]);
	});

	it("offers global createEl, createDiv and createFragment, and a parent option", () => {
		const detached = createDiv({ text: "Alone" });
		expect(detached.parentElement).toBeNull();
		const child = createEl("p", { text: "In root", parent: root });
		expect(child.parentElement).toBe(root);
		const fragment = createFragment((frag) => frag.createSpan({ text: "part" }));
		root.setText(fragment);
		expect(root.innerHTML).toBe("<span>part</span>");
		expect(activeDocument).toBe(document);
		expect(activeWindow).toBe(window);
	});

	it("creates SVG elements in the SVG namespace", () => {
		const svg = root.createSvg("svg", { cls: "icon", attr: { viewBox: "0 0 10 10" } });
		const circle = svg.createSvg("circle", { attr: { r: 4 } });
		expect([svg.namespaceURI, svg.getAttribute("viewBox"), svg.classList.contains("icon")]).toEqual(["http://www.w3.org/2000/svg", "0 0 10 10", true]);
		expect(circle.parentNode).toBe(svg);
	});
});

describe("element helpers", () => {
	it("sets and reads text, and empties", () => {
		const el = root.createDiv({ text: "Old" });
		el.setText("New");
		expect(el.getText()).toBe("New");
		el.appendText(" more");
		expect(el.getText()).toBe("New more");
		el.empty();
		expect(el.childNodes).toHaveLength(0);
	});

	it("manages classes and attributes", () => {
		const el = root.createDiv();
		el.addClass("a", "b");
		el.removeClass("a");
		el.toggleClass("c", true);
		el.toggleClass(["b", "d"], false);
		expect([el.className, el.hasClass("c"), el.hasClass("b")]).toEqual(["c", true, false]);
		el.setAttrs({ role: "button", tabindex: 0 });
		el.setAttr("role", null);
		expect([el.getAttr("role"), el.getAttr("tabindex")]).toEqual([null, "0"]);
	});

	it("detaches, checks types and finds descendants", () => {
		const el = root.createDiv({ cls: "x" }).createSpan({ cls: "y" });
		expect(root.find(".y")).toBe(el);
		expect(root.findAll("div, span")).toHaveLength(2);
		expect([el.instanceOf(HTMLSpanElement), el.instanceOf(HTMLDivElement)]).toEqual([true, false]);
		expect(el.matchParent(".root")).toBe(root);
		el.detach();
		expect(root.find(".y")).toBeNull();
	});

	it("knows whether an element is shown", () => {
		const el = root.createDiv().createDiv();
		expect(el.isShown()).toBe(true);
		root.hide();
		expect(el.isShown()).toBe(false);
		root.show();
		expect(el.isShown()).toBe(true);
		expect(createDiv().isShown()).toBe(false);
	});

	it("listens to clicks, directly and by delegation", () => {
		const clicks: string[] = [];
		const button = root.createEl("button", { cls: "go" });
		button.onClickEvent(() => clicks.push("direct"));
		const listener = (_ev: Event, target: HTMLElement): void => {
			clicks.push(`delegated ${target.className}`);
		};
		root.on("click", ".go", listener);
		button.click();
		root.off("click", ".go", listener);
		button.click();
		expect(clicks).toEqual(["direct", "delegated go", "direct"]);
	});
});

describe("setIcon", () => {
	it("replaces the content with an svg named after the icon", () => {
		const el = root.createDiv({ text: "Old" });
		setIcon(el, "calendar-check");
		expect(el.innerHTML).toBe('<svg class="svg-icon lucide-calendar-check" data-icon="calendar-check"></svg>');
	});
});
