import type { EventRef } from "obsidian";
import { isFakeEventRef } from "./events";

/** Obsidian's lifecycle base: children and registered clean-ups live and die with it. */
export class Component {
	private loaded = false;
	private children: Component[] = [];
	private cleanups: (() => unknown)[] = [];
	private pendingOnload: Promise<void> = Promise.resolve();

	/** Whether `load` ran and `unload` has not yet (the real class keeps this as `_loaded`). */
	get isLoaded(): boolean {
		return this.loaded;
	}

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		// Like the real class, an async `onload` is not awaited here; `loadSettled` waits for it.
		this.pendingOnload = Promise.resolve(this.onload());
		for (const child of [...this.children]) child.load();
	}

	/** Test helper: settles when an async `onload` has finished (or rejects with its error). */
	loadSettled(): Promise<void> {
		return this.pendingOnload;
	}

	onload(): void | Promise<void> {}

	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		const children = this.children;
		this.children = [];
		for (const child of children) child.unload();
		const cleanups = this.cleanups;
		this.cleanups = [];
		for (const cleanup of cleanups) cleanup();
		this.onunload();
	}

	onunload(): void {}

	addChild<T extends Component>(component: T): T {
		this.children.push(component);
		if (this.loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const index = this.children.indexOf(component);
		if (index >= 0) {
			this.children.splice(index, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}

	registerEvent(eventRef: EventRef): void {
		this.register(() => {
			if (isFakeEventRef(eventRef)) eventRef.e.offref(eventRef);
		});
	}

	registerDomEvent<K extends keyof WindowEventMap>(el: Window, type: K, callback: (this: HTMLElement, ev: WindowEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent<K extends keyof DocumentEventMap>(el: Document, type: K, callback: (this: HTMLElement, ev: DocumentEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent<K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, callback: (this: HTMLElement, ev: HTMLElementEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
	registerDomEvent(el: EventTarget, type: string, callback: (this: HTMLElement, ev: never) => unknown, options?: boolean | AddEventListenerOptions): void {
		const listener = callback as unknown as EventListener;
		el.addEventListener(type, listener, options);
		this.register(() => el.removeEventListener(type, listener, options));
	}

	registerInterval(id: number): number {
		this.register(() => clearInterval(id));
		return id;
	}
}
