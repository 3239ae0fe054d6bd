import { inflateRawSync } from "node:zlib";

export interface ZipEntry {
	readonly data: Uint8Array;
	/** Unix mode from the central directory's external attributes. */
	readonly mode: number;
}

/** CRC-32 bit by bit: slow, but not the release writer's table, so each checks the other. */
export function crc32(data: Uint8Array): number {
	let crc = 0xffffffff;
	for (const byte of data) {
		crc ^= byte;
		for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return (crc ^ 0xffffffff) >>> 0;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_SIZE = 22;

/**
 * Unpacks a zip as an unzip tool would: from the central directory at the end to each
 * local header, inflating and checking every entry's size and CRC-32.
 */
export function readZip(zip: Uint8Array): Map<string, ZipEntry> {
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	const u16 = (at: number): number => view.getUint16(at, true);
	const u32 = (at: number): number => view.getUint32(at, true);
	const text = (from: number, length: number): string => new TextDecoder().decode(zip.subarray(from, from + length));

	// The release writes no archive comment, so the end record closes the file.
	const end = zip.length - END_SIZE;
	if (end < 0 || u32(end) !== END_OF_DIRECTORY) throw new Error("no end of central directory record");
	const count = u16(end + 10);
	let at = u32(end + 16);
	const entries = new Map<string, ZipEntry>();
	for (let i = 0; i < count; i++) {
		if (u32(at) !== DIRECTORY_ENTRY) throw new Error(`entry ${i}: no central directory header`);
		const method = u16(at + 10);
		const crc = u32(at + 16);
		const packedSize = u32(at + 20);
		const size = u32(at + 24);
		const nameLength = u16(at + 28);
		const mode = u32(at + 38) >>> 16;
		const local = u32(at + 42);
		const name = text(at + 46, nameLength);
		at += 46 + nameLength + u16(at + 30) + u16(at + 32);

		if (u32(local) !== LOCAL_HEADER) throw new Error(`${name}: no local header`);
		if (text(local + 30, u16(local + 26)) !== name) throw new Error(`${name}: the local header names another file`);
		if (method !== 0 && method !== 8) throw new Error(`${name}: compression method ${method}`);
		const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
		const packed = zip.slice(dataStart, dataStart + packedSize);
		const data = method === 8 ? new Uint8Array(inflateRawSync(packed)) : packed;
		if (data.length !== size) throw new Error(`${name}: ${data.length} bytes, the directory says ${size}`);
		if (crc32(data) !== crc) throw new Error(`${name}: CRC-32 does not match`);
		entries.set(name, { data, mode });
	}
	if (at !== end) throw new Error("the central directory does not end where the end record begins");
	return entries;
}
