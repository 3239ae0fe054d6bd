import type { EventRef } from "obsidian";

/** A handler as the emitter stores it; `never[]` lets any typed callback in. */
export type Handler = (...data: never[]) => unknown;

/**
 * The real app's refs carry their emitter, name, callback and context; that is
 * how `Component.registerEvent` detaches them without knowing the emitter.
 */
export interface FakeEventRef extends EventRef {
	e: Events;
	name: string;
	fn: Handler;
	ctx: unknown;
}

export function isFakeEventRef(ref: EventRef): ref is FakeEventRef {
	return "e" in ref && ref.e instanceof Events;
}

export class Events {
	private readonly handlers = new Map<string, FakeEventRef[]>();

	on(name: string, callback: Handler, ctx?: unknown): EventRef {
		const ref: FakeEventRef = { e: this, name, fn: callback, ctx };
		const list = this.handlers.get(name) ?? [];
		list.push(ref);
		this.handlers.set(name, list);
		return ref;
	}

	off(name: string, callback: Handler): void {
		const list = this.handlers.get(name);
		if (list) this.handlers.set(name, list.filter((ref) => ref.fn !== callback));
	}

	offref(ref: EventRef): void {
		if (!isFakeEventRef(ref)) return;
		const list = this.handlers.get(ref.name);
		if (list) this.handlers.set(ref.name, list.filter((r) => r !== ref));
	}

	trigger(name: string, ...data: unknown[]): void {
		// A snapshot, so handlers that unsubscribe while running do not skip others.
		for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
	}

	/**
	 * Like the real app: one failing handler neither stops the others nor the
	 * caller; its error is rethrown on a fresh task, where a test runner reports it.
	 */
	tryTrigger(evt: EventRef, args: unknown[]): void {
		if (!isFakeEventRef(evt)) return;
		try {
			(evt.fn as (...data: unknown[]) => unknown).apply(evt.ctx, args);
		} catch (error) {
			setTimeout(() => {
				throw error;
			}, 0);
		}
	}

	/** Test helper: how many handlers listen to `name`, to check that unload detaches them. */
	listenerCount(name: string): number {
		return this.handlers.get(name)?.length ?? 0;
	}
}
