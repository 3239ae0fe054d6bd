// A DOM for the benchmarks that draw or load the plugin, installed before the fake
// obsidian module is evaluated (it adds Obsidian's DOM helpers to what it finds).
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>", { pretendToBeVisual: true });
const globals = globalThis as unknown as Record<string, unknown>;
for (const name of ["window", "document", "navigator", "Node", "Element", "HTMLElement", "SVGElement", "HTMLInputElement", "HTMLSelectElement", "HTMLTextAreaElement", "HTMLButtonElement", "HTMLAnchorElement", "DocumentFragment", "Event", "KeyboardEvent", "MouseEvent", "FocusEvent", "getComputedStyle", "requestAnimationFrame", "cancelAnimationFrame"]) {
	globals[name] = (dom.window as unknown as Record<string, unknown>)[name];
}

// The fake installs Obsidian's global helpers (createDiv, activeDocument...) on the
// window it is given, which in Node is not the global object that bare calls read.
for (const name of ["createEl", "createDiv", "createSpan", "createSvg", "createFragment", "activeDocument", "activeWindow"]) {
	Object.defineProperty(globalThis, name, { configurable: true, get: () => (dom.window as unknown as Record<string, unknown>)[name] });
}
