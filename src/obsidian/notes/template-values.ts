import type { PlaceholderValues } from "../../domain/templates/render";
import { sessionPhase } from "../../domain/engine/phases";
import { basenameOf } from "../../index/paths";
import type { Workbench } from "../workbench";

/** What a template's placeholders stand for in a note of a case, as far as it is known. */
export function templateValues(workbench: Workbench, casePath: string | null, notePath: string | null): PlaceholderValues {
	const values: PlaceholderValues = { date: workbench.today() };
	const bundle = casePath ? workbench.index.caseBundle(casePath) : null;
	if (!bundle) return values;
	values.client = bundle.record.client;
	values.case = `[[${basenameOf(bundle.path)}]]`;
	values.focus = bundle.record.focus.join(", ");
	const session = bundle.sessions.find((s) => s.path === notePath);
	if (session?.session != null) values.session = String(session.session);
	const phase = session ? sessionPhase(session, bundle.record, workbench.settings.engine) : workbench.analysed(bundle.path)?.analysis.phase;
	if (phase) values.phase = phase;
	return values;
}
