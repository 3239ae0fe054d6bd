/** A file system error in a word for a one-line message: its code (ENOENT, EACCES, ...) when it has one. */
export function errorCode(error: unknown): string {
	const code = (error as { code?: unknown } | null)?.code;
	return typeof code === "string" ? code : String(error);
}
