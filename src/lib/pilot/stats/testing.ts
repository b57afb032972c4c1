import { expect } from 'vitest';

/** Fails when any number anywhere inside `value` is NaN (results use null for "unknown"). */
export function expectNoNaN(value: unknown, path = 'result'): void {
	if (typeof value === 'number') expect(Number.isNaN(value), `${path} is NaN`).toBe(false);
	else if (value && typeof value === 'object')
		for (const [key, inner] of Object.entries(value)) expectNoNaN(inner, `${path}.${key}`);
}

/** Asserts |actual − expected| ≤ tolerance, with a readable message. */
export function expectNear(
	actual: number | null | undefined,
	expected: number,
	tolerance: number
): void {
	expect(actual, `expected a number near ${expected}`).toBeTypeOf('number');
	expect(Math.abs(actual! - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** Composite Simpson's rule with `steps` (even) intervals: an independent numerical check. */
export function simpson(f: (x: number) => number, a: number, b: number, steps = 20_000): number {
	const h = (b - a) / steps;
	let sum = f(a) + f(b);
	for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * f(a + i * h);
	return (sum * h) / 3;
}
