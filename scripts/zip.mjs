// A minimal zip writer for the release archive: deflated files and their folders, no
// zip64, no encryption. Node's zlib does the deflating, so no zip tool is needed.
import { deflateRawSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

// zlib.crc32 only came in Node 20.15; the package promises Node 20.
function crc32(data) {
	let crc = 0xffffffff;
	for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time, local time at two-second steps, as zip stores them. */
function dosDateTime(date) {
	const time = (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
	const day = ((Math.max(date.getFullYear(), 1980) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
	return { time, day };
}

function header(fields) {
	const buffer = Buffer.alloc(fields.reduce((size, [bytes]) => size + bytes, 0));
	let offset = 0;
	for (const [bytes, value] of fields) {
		if (bytes === 2) buffer.writeUInt16LE(value, offset);
		else buffer.writeUInt32LE(value, offset);
		offset += bytes;
	}
	return buffer;
}

const VERSION_NEEDED = 20; // 2.0: deflate and folders
const MADE_ON_UNIX = (3 << 8) | VERSION_NEEDED; // so unzip applies the modes below
const UTF8_NAMES = 0x0800;
const STORED = 0;
const DEFLATED = 8;

/**
 * The zip file of `entries`, each `{ name, data, modified }`, in the order given; a name
 * ending in `/` is a folder and has no data.
 */
export function zip(entries) {
	const parts = [];
	const central = [];
	let offset = 0;
	for (const { name, data, modified } of entries) {
		const isFolder = name.endsWith("/");
		const content = isFolder ? Buffer.alloc(0) : Buffer.from(data);
		const stored = isFolder ? content : deflateRawSync(content, { level: 9 });
		const method = isFolder ? STORED : DEFLATED;
		const crc = crc32(content);
		const { time, day } = dosDateTime(modified);
		const nameBytes = Buffer.from(name, "utf8");
		const common = [[2, VERSION_NEEDED], [2, UTF8_NAMES], [2, method], [2, time], [2, day], [4, crc], [4, stored.length], [4, content.length], [2, nameBytes.length], [2, 0]];
		const local = header([[4, 0x04034b50], ...common]);
		const mode = isFolder ? 0o40755 : 0o100644;
		const directoryFlag = isFolder ? 0x10 : 0;
		central.push(header([[4, 0x02014b50], [2, MADE_ON_UNIX], ...common, [2, 0], [2, 0], [2, 0], [4, ((mode << 16) | directoryFlag) >>> 0], [4, offset]]), nameBytes);
		parts.push(local, nameBytes, stored);
		offset += local.length + nameBytes.length + stored.length;
	}
	const directory = Buffer.concat(central);
	const count = entries.length;
	const end = header([[4, 0x06054b50], [2, 0], [2, 0], [2, count], [2, count], [4, directory.length], [4, offset], [2, 0]]);
	return Buffer.concat([...parts, directory, end]);
}
