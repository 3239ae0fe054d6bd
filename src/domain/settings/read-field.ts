// Forgiving settings reading: a bad value falls back to its default and says why.
import { lazy } from "../schema/lazy";
import * as z from "../schema/zod";

/** A setting's schema, built on first use (see schema/lazy.ts), and, in words, what it expects. */
export interface Rule<T> {
	readonly schema: () => z.ZodMiniType<T>;
	readonly expected: string;
}

export function rule<T>(build: () => z.ZodMiniType<T>, expected: string): Rule<T> {
	return { schema: lazy(build), expected };
}

/**
 * true or false, also written as a string in any letter case ("true", "FALSE"): a
 * data.json edited by hand or by another tool often quotes them, and reading "true" as
 * anything but true would turn privacy mode off.
 */
export const BOOLEAN: Rule<boolean> = rule(() => z.union([z.boolean(), z.stringbool({ truthy: ["true"], falsy: ["false"] })]), "true or false");

export function show(value: unknown): string {
	if (typeof value === "string") return JSON.stringify(value);
	if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
	if (Array.isArray(value)) return "a list";
	return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Reads one key: its value when valid, else the fallback (a default, valid by design)
 * with a problem that says why. A saved data.json holds every key, mostly at its
 * default: those need no schema, so start-up builds only the changed keys' schemas.
 */
export function readField<T>(source: Record<string, unknown>, key: string, { schema, expected }: Rule<T>, fallback: T, label: string, problems: string[]): T {
	const value = source[key];
	if (value === undefined || value === fallback) return fallback;
	const parsed = schema().safeParse(value);
	if (parsed.success) return parsed.data;
	problems.push(`${label}: ${show(value)} is not ${expected}; using ${show(fallback)}`);
	return fallback;
}

/** A table of settings: the object itself, or none (its keys' defaults) with a problem when it is something else. Absent or null is none, silently. */
export function readTable(raw: unknown, label: string, problems: string[]): Record<string, unknown> {
	if (isPlainObject(raw)) return raw;
	if (raw !== undefined && raw !== null) problems.push(`${label}: ${show(raw)} is not an object; using the defaults`);
	return {};
}
