/** A map from a key to a set of values that drops a key when its set empties. */
export class MultiMap<K, V> {
	private readonly map = new Map<K, Set<V>>();

	add(key: K, value: V): void {
		let set = this.map.get(key);
		if (!set) {
			set = new Set();
			this.map.set(key, set);
		}
		set.add(value);
	}

	delete(key: K, value: V): void {
		const set = this.map.get(key);
		if (!set) return;
		set.delete(value);
		if (set.size === 0) this.map.delete(key);
	}

	get(key: K): ReadonlySet<V> {
		return this.map.get(key) ?? EMPTY;
	}

	keys(): IterableIterator<K> {
		return this.map.keys();
	}
}

const EMPTY: ReadonlySet<never> = new Set();
