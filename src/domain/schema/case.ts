// `ipt: case`: one note per client.
import type { CaseRecord } from "../model/records";
import { CASE_STATUS_ALIASES, CASE_STATUSES, MEASURE_ALIASES, MEASURES, PROTOCOL_ALIASES, PROTOCOLS } from "../model/vocabulary";
import { FieldSet } from "./field";
import { basenameOf, type KindSchema } from "./kind-schema";
import { booleanField, dateField, enumField, integerField, textField } from "./scalar-fields";
import { problemAreasField, textListField } from "./shared-fields";
import { lazy } from "../lazy";

// Made when the first case note is read (see domain/lazy.ts).
const CASE_FIELDS = lazy(function () {
	return new FieldSet({
		client: textField,
		status: enumField("a case status", CASE_STATUSES, CASE_STATUS_ALIASES),
		protocol: enumField("an IPT protocol", PROTOCOLS, PROTOCOL_ALIASES),
		planned_sessions: integerField("a number of planned sessions", 1, 52),
		maintenance_sessions: integerField("a number of planned maintenance sessions", 1, 52),
		maintenance_interval: integerField("a number of weeks between maintenance sessions", 1, 52),
		start: dateField,
		onset: dateField,
		focus: problemAreasField,
		measure: enumField("an outcome measure", MEASURES, {}, MEASURE_ALIASES),
		diagnosis: textListField,
		fictional: booleanField,
	});
});

export const caseSchema: KindSchema<CaseRecord> = {
	get fields() {
		return CASE_FIELDS();
	},
	build(note, { path, aliases }) {
		const values = note.readAll(CASE_FIELDS());
		let client = values.client;
		if (client === null) {
			client = basenameOf(path);
			note.requireGiven("client", `a case note needs the client's name, initials or code; the file name "${client}" is used`);
		}
		const protocol = values.protocol ?? "standard";
		return {
			kind: "case",
			path,
			aliases,
			client,
			status: values.status ?? "active",
			protocol,
			plannedSessions: values.planned_sessions,
			maintenanceSessions: values.maintenance_sessions,
			maintenanceInterval: values.maintenance_interval,
			start: values.start,
			onset: values.onset,
			focus: values.focus,
			// The EPDS is the measure perinatal IPT studies report, so it is the perinatal default.
			measure: values.measure ?? (protocol === "perinatal" ? "epds" : "phq9"),
			diagnosis: values.diagnosis,
			fictional: values.fictional === true,
		};
	},
};
