// Preloaded into the command-line tool (NODE_OPTIONS=--import) to play a full disk: the
// write of a file whose name ends with IPT_FULL_DISK_AT puts down half its text, as a
// disk that fills up does, then fails with ENOSPC. Every other write goes through.
import fs from "node:fs";

const failingName = process.env.IPT_FULL_DISK_AT;
const writeFileSync = fs.writeFileSync;

fs.writeFileSync = function writeUntilFull(path, data, options) {
	if (failingName === undefined || !String(path).endsWith(failingName)) return writeFileSync.call(this, path, data, options);
	const text = String(data);
	writeFileSync.call(this, path, text.slice(0, Math.floor(text.length / 2)), options);
	throw Object.assign(new Error(`ENOSPC: no space left on device, write '${String(path)}'`), { code: "ENOSPC", errno: -28, syscall: "write" });
};
