// A long burst of changes (a sync, steady typing) must not keep the views stale until
// it ends: the index tells them at least once a second.
import { CalmDebounce } from "../../src/obsidian/calm-debounce";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

it("runs once after a short burst, as a plain debounce does", async () => {
	const run = jest.fn();
	const calm = new CalmDebounce(run, 300, 1000, () => Date.now());
	calm.request();
	await jest.advanceTimersByTimeAsync(100);
	calm.request();
	await jest.advanceTimersByTimeAsync(299);
	expect(run).not.toHaveBeenCalled();
	await jest.advanceTimersByTimeAsync(1);
	expect(run).toHaveBeenCalledTimes(1);
});

it("runs at least once a second through a burst that never pauses for 300 ms", async () => {
	const run = jest.fn();
	const calm = new CalmDebounce(run, 300, 1000, () => Date.now());
	for (let t = 0; t < 3000; t += 200) {
		calm.request();
		await jest.advanceTimersByTimeAsync(200);
	}
	// A plain debounce would not have run at all yet.
	expect(run.mock.calls.length).toBeGreaterThanOrEqual(2);
	await jest.advanceTimersByTimeAsync(300);
	const afterBurst = run.mock.calls.length;
	expect(afterBurst).toBeGreaterThanOrEqual(3);
	await jest.advanceTimersByTimeAsync(5000);
	expect(run).toHaveBeenCalledTimes(afterBurst);
});

it("drops what is pending on cancel", async () => {
	const run = jest.fn();
	const calm = new CalmDebounce(run, 300, 1000, () => Date.now());
	calm.request();
	calm.cancel();
	await jest.advanceTimersByTimeAsync(2000);
	expect(run).not.toHaveBeenCalled();
});
