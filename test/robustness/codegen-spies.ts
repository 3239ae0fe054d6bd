// Stand-ins for every door through which a script turns a string into code. Each one
// records the attempt and throws, as a strict content security policy would; the
// record matters because some callers probe in a try and fall back quietly (a
// validation library may try `new Function("")` to learn whether it may compile a parser).

export interface CodegenSpies {
	/** One line per attempt: the door, then the start of the code it was given. */
	readonly calls: readonly string[];
	/** Puts every original back. */
	restore(): void;
}

type AnyFunction = (...args: unknown[]) => unknown;

export function installCodegenSpies(): CodegenSpies {
	const calls: string[] = [];
	const restores: (() => void)[] = [];

	const refuse = (door: string, code: unknown): never => {
		calls.push(`${door}: ${String(code).slice(0, 80)}`);
		throw new EvalError(`${door} refused: no code generation from strings`);
	};

	const replace = (owner: object, key: PropertyKey, value: unknown): void => {
		const original = Object.getOwnPropertyDescriptor(owner, key);
		Object.defineProperty(owner, key, { value, writable: true, configurable: true });
		restores.push(() => (original ? Object.defineProperty(owner, key, original) : Reflect.deleteProperty(owner, key)));
	};

	// Function and its async and generator kin: any function reaches one of these
	// constructors through its prototype, without naming the global.
	const samples = [function () {}, async function () {}, function* () {}, async function* () {}];
	for (const sample of samples) {
		const prototype = Object.getPrototypeOf(sample) as { constructor: AnyFunction };
		const original = prototype.constructor;
		const spy = function (...args: unknown[]): never {
			return refuse(original.name, args.at(-1));
		};
		// `instanceof Function` keeps answering as before.
		Object.defineProperty(spy, "prototype", { value: prototype });
		replace(prototype, "constructor", spy);
		if (original === Function) replace(globalThis, "Function", spy);
	}

	replace(globalThis, "eval", (code: unknown) => refuse("eval", code));

	for (const timer of ["setTimeout", "setInterval"] as const) {
		const original = globalThis[timer] as unknown as AnyFunction;
		replace(globalThis, timer, (handler: unknown, ...rest: unknown[]) => (typeof handler === "string" ? refuse(timer, handler) : Reflect.apply(original, globalThis, [handler, ...rest])));
	}

	return {
		calls,
		restore: () => {
			for (const restoreOne of restores.reverse()) restoreOne();
		},
	};
}
