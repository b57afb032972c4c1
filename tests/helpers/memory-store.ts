/** Web Storage's three methods over a Map; `full` makes every write fail like a full quota. */
export function memoryStore(full = false) {
	const items = new Map<string, string>();
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => {
			if (full) throw new DOMException('quota', 'QuotaExceededError');
			items.set(key, value);
		},
		removeItem: (key: string) => void items.delete(key)
	};
}
