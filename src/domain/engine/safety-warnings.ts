// `safety-item-not-recorded`: a total on a scale with a suicide or self-harm item, but
// no answer to that item. The total can look reassuring while the one answer that
// matters was never asked or never written down.
import type { SessionRecord } from "../model/records";
import { safetyKeyOf } from "../safety/safety-keys";
import { sessionText } from "./pre-group";
import type { EngineSettings } from "../settings/engine-settings";
import type { CaseWarning, SafetyNotRecorded } from "./analysis";
import { caseRule } from "./rules/catalogue";
import { MEASURE_LABELS } from "./measures/bands";

export function notRecordedWarnings(missing: readonly SafetyNotRecorded[], sessions: readonly SessionRecord[], settings: EngineSettings): CaseWarning[] {
	const byPath = new Map(sessions.map((s) => [s.path, s]));
	const rule = caseRule("safety-item-not-recorded", settings);
	return missing.map(({ path, session, measure }) => {
		const key = safetyKeyOf(measure);
		const total = byPath.get(path)?.scores[measure];
		const where = key.list ? `${key.itemKey} (or the full ${key.list.key})` : key.itemKey;
		return {
			id: "safety-item-not-recorded",
			message: `${MEASURE_LABELS[measure]} total ${total ?? "?"} in ${sessionText(session)} has no answer to item ${key.item}, the suicide item: ask it and record it as ${where}.`,
			path,
			session,
			rule,
		};
	});
}
