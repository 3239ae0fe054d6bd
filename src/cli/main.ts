import { errorCode } from "./error-code";
import { run } from "./run";

// A reader that stops early (`| head -1`) closes the pipe: the rest of the output is
// not wanted, so the tool ends with the exit code it already has, without a stack trace.
process.stdout.on("error", function (error: Error) {
	if (errorCode(error) !== "EPIPE") throw error;
	process.exit();
});

process.exitCode = run(process.argv.slice(2), {
	out(text) { return process.stdout.write(text); },
	err(text) { return process.stderr.write(text); },
});
