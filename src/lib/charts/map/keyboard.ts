/** Keyboard movement between the wijken of the map (see ../keyboard.ts); loaded with the map. */

/**
 * Where an arrow key moves the focus on a map whose shapes lie at `centers` (x to the right, y
 * down): to the nearest shape in that direction (within 45 degrees either side; further off to
 * the side counts double), Home and End to the first and last shape. Null for any other key; the
 * shape itself when there is none that way.
 */
export function moveOnMap(centers: [number, number][], from: number, key: string): number | null {
	if (key === 'Home') return 0;
	if (key === 'End') return Math.max(0, centers.length - 1);
	const ways: Record<string, [number, number]> = {
		ArrowRight: [1, 0],
		ArrowLeft: [-1, 0],
		ArrowDown: [0, 1],
		ArrowUp: [0, -1]
	};
	const way = ways[key];
	if (!way) return null;
	const [x, y] = centers[from] ?? [0, 0];
	let best = from;
	let bestCost = Infinity;
	centers.forEach(([cx, cy], i) => {
		const ahead = (cx - x) * way[0] + (cy - y) * way[1];
		const aside = Math.abs((cx - x) * way[1] - (cy - y) * way[0]);
		if (i === from || !(ahead > 0) || aside > ahead) return;
		const cost = ahead + 2 * aside;
		if (cost < bestCost) [best, bestCost] = [i, cost];
	});
	return best;
}
