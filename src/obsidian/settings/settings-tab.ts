import { PluginSettingTab, requireApiVersion, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import { MEASURE_LABELS } from "../../domain/engine/measures/bands";
import { MEASURES, PROTOCOLS } from "../../domain/model/vocabulary";
import type { Scheme } from "../../domain/settings/engine-settings";
import type { PluginSettings } from "../../domain/settings/plugin-settings";
import type { Workbench } from "../workbench";
import { folderFromText, foldersFromText, numberFromText, optionalNumberFromText, SettingsForm } from "./settings-form";

const SCHEME_LABELS: Readonly<Record<Scheme, string>> = {
	"four-areas": "Four areas",
	"three-areas": "Three areas (sensitivity as a complicating factor)",
};

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

const PROTOCOL_LABELS = Object.fromEntries(PROTOCOLS.map(function (p) { return [p, capitalise(p)]; }));

const UNREADABLE_WARNING =
	"The settings file could not be read whole when the plugin started, so privacy mode is on and the file is left as it is. Your first change asks before replacing it.";

/** Every setting, declared with the values they have now. */
function declareSettings(workbench: Workbench): SettingsForm {
	const form = new SettingsForm(workbench);
	const settings = workbench.settings;
	drawFolders(form, settings);
	drawNewCases(form, settings);
	drawProblemAreas(form, settings);
	drawPhases(form, settings);
	drawEnding(form, settings);
	drawMeasures(form, settings);
	form.heading("Privacy");
	form.toggle({
		name: "Privacy mode",
		desc: "Show initials and role labels instead of names, for screen sharing and supervision. The toggle privacy mode command switches it at any time.",
		path: ["privacyMode"],
		value: settings.privacyMode,
	});
	return form;
}

export class IptSettingTab extends PluginSettingTab {
	private shown = false;

	constructor(
		app: App,
		plugin: Plugin,
		private readonly workbench: Workbench,
	) {
		super(app, plugin);
	}

	/** Obsidian 1.13 and later draw the tab from these, and find its settings by search. */
	getSettingDefinitions(): SettingDefinitionItem[] {
		const warning: SettingDefinitionItem[] =
			this.workbench.settingsUnreadable === null
				? []
				: [{ type: "group", items: [{ name: "Settings file", searchable: false, render: (setting) => void setting.descEl.createEl("p", { cls: "mod-warning", text: UNREADABLE_WARNING }) }] }];
		return [...warning, ...declareSettings(this.workbench).definitions()];
	}

	/** After settings changed elsewhere (see onExternalSettingsChange), the open tab shows them. */
	redrawIfShown(): void {
		if (requireApiVersion("1.13.0")) this.update();
		else if (this.shown) this.draw();
	}

	override hide(): void {
		this.shown = false;
		super.hide();
	}

	/** Before 1.13 only: later versions draw from getSettingDefinitions. */
	display(): void {
		this.shown = true;
		this.draw();
	}

	private draw(): void {
		const { containerEl } = this;
		containerEl.empty();
		if (this.workbench.settingsUnreadable !== null) containerEl.createEl("p", { cls: "mod-warning", text: UNREADABLE_WARNING });
		declareSettings(this.workbench).draw(containerEl);
	}
}

function drawFolders(form: SettingsForm, settings: PluginSettings): void {
	form.heading("Folders");
	form.text({
		name: "Cases folder",
		desc: "Where new cases are created. Cases elsewhere in the vault still count.",
		path: ["casesFolder"],
		value: settings.casesFolder,
		fromText: folderFromText,
		whenLeft: true,
	});
	form.text({
		name: "Templates folder",
		desc: "Your editable copies of the note templates. Notes in this folder are never read as case notes.",
		path: ["templatesFolder"],
		value: settings.templatesFolder,
		fromText: folderFromText,
		whenLeft: true,
	});
	form.text({
		name: "Folders to ignore",
		desc: "More folders whose notes are never read as case notes, separated by commas. The folders of core Templates and Templater, when they are on, are ignored already.",
		path: ["ignoredFolders"],
		value: settings.ignoredFolders.join(", "),
		fromText: foldersFromText,
		whenLeft: true,
		placeholder: "Archive, Teaching/Templates",
	});
	form.text({
		name: "Export folder",
		desc: "Where case summaries are saved.",
		path: ["exportFolder"],
		value: settings.exportFolder,
		fromText: folderFromText,
		whenLeft: true,
	});
}

function drawNewCases(form: SettingsForm, settings: PluginSettings): void {
	form.heading("New cases");
	form.dropdown({
		name: "Default protocol",
		desc: "The protocol a new case starts with.",
		path: ["defaultProtocol"],
		value: settings.defaultProtocol,
		options: PROTOCOL_LABELS,
	});
	form.text({
		name: "Default planned sessions",
		desc: "How many sessions a new case plans. Leave empty to use the protocol's own count.",
		path: ["defaultPlannedSessions"],
		value: settings.defaultPlannedSessions === null ? "" : String(settings.defaultPlannedSessions),
		fromText: optionalNumberFromText,
		placeholder: "Protocol's own",
	});
}

function drawProblemAreas(form: SettingsForm, settings: PluginSettings): void {
	const engine = settings.engine;
	form.heading("Problem areas and flags");
	form.dropdown({
		name: "Problem-area scheme",
		desc: "Four areas, or three with interpersonal sensitivity as a complicating factor instead of an area.",
		path: ["engine", "scheme"],
		value: engine.scheme,
		options: SCHEME_LABELS,
	});
	form.text({
		name: "Look-back window",
		desc: "Months before onset in which deaths, disputes and transitions count.",
		path: ["engine", "windowMonths"],
		value: String(engine.windowMonths),
		fromText: numberFromText,
	});
	form.text({
		name: "Strong transition span",
		desc: "A transition this many months before onset, or later, is a strong sign.",
		path: ["engine", "transitionStrongMonths"],
		value: String(engine.transitionStrongMonths),
		fromText: numberFromText,
	});
	form.text({
		name: "Close circles",
		desc: "Circles 1 up to this one count as close.",
		path: ["engine", "closeCircleMax"],
		value: String(engine.closeCircleMax),
		fromText: numberFromText,
	});
	form.text({
		name: "Conflict threshold",
		desc: "Conflict at or above this points to a role dispute.",
		path: ["engine", "conflictThreshold"],
		value: String(engine.conflictThreshold),
		fromText: numberFromText,
	});
	form.text({
		name: "Support threshold",
		desc: "Support at or above this counts a person as a source of support.",
		path: ["engine", "supportThreshold"],
		value: String(engine.supportThreshold),
		fromText: numberFromText,
	});
	drawSensitivityLimits(form, settings);
	form.dropdown({
		name: "Ring count",
		desc: "Rings of the closeness circle.",
		path: ["engine", "ringCount"],
		value: String(engine.ringCount),
		options: { "3": "3 rings", "4": "4 rings" },
		fromOption: Number,
	});
}

function drawSensitivityLimits(form: SettingsForm, settings: PluginSettings): void {
	const engine = settings.engine;
	const limit = (key: "sensitivityStrongInnerMax" | "sensitivityStrongSupportersMax" | "sensitivityPossibleInnerMax" | "sensitivityPossibleSupportersMax") => ({
		path: ["engine", key],
		value: String(engine[key]),
		fromText: numberFromText,
	});
	form.texts("Strong sensitivity", "Interpersonal sensitivity is strong with at most this many people in circle 1 and at most this many giving support at the support threshold.", [
		{ label: "In circle 1", ...limit("sensitivityStrongInnerMax") },
		{ label: "Giving support", ...limit("sensitivityStrongSupportersMax") },
	]);
	form.texts("Possible sensitivity", "Interpersonal sensitivity is possible with at most this many people in circle 1, or at most this many giving support at the support threshold.", [
		{ label: "In circle 1", ...limit("sensitivityPossibleInnerMax") },
		{ label: "Giving support", ...limit("sensitivityPossibleSupportersMax") },
	]);
}

function drawPhases(form: SettingsForm, settings: PluginSettings): void {
	form.heading("Phases");
	for (const protocol of PROTOCOLS) {
		const lengths = settings.engine.protocols[protocol];
		const at = (key: keyof typeof lengths) => ({ path: ["engine", "protocols", protocol, key], value: String(lengths[key]), fromText: numberFromText });
		form.texts(PROTOCOL_LABELS[protocol] ?? protocol, "Planned sessions, then the sessions of the initial and of the final phase.", [
			{ label: "Planned sessions", ...at("planned") },
			{ label: "Initial phase", ...at("initial") },
			{ label: "Final phase", ...at("final") },
		]);
	}
}

function drawEnding(form: SettingsForm, settings: PluginSettings): void {
	const engine = settings.engine;
	const at = (key: "terminationLeadSessions" | "maintenanceSessions" | "maintenanceIntervalWeeks" | "maintenanceMeasureSessions") => ({
		path: ["engine", key],
		value: String(engine[key]),
		fromText: numberFromText,
	});
	form.text({ name: "Discuss ending from", desc: "Termination is due from this many sessions before the planned end.", ...at("terminationLeadSessions") });
	form.texts("Maintenance", "Planned maintenance sessions and the weeks between them, where the case note gives none.", [
		{ label: "Sessions", ...at("maintenanceSessions") },
		{ label: "Weeks apart", ...at("maintenanceIntervalWeeks") },
	]);
	form.text({ name: "Maintenance measure overdue after", desc: "Maintenance sessions in a row without a score on the case's measure before it is overdue.", ...at("maintenanceMeasureSessions") });
}

function drawMeasures(form: SettingsForm, settings: PluginSettings): void {
	form.heading("Measures");
	form.dropdown({
		name: "Primary measure",
		desc: "The outcome measure new cases track.",
		path: ["primaryMeasure"],
		value: settings.primaryMeasure,
		options: Object.fromEntries(MEASURES.map((m) => [m, MEASURE_LABELS[m]])),
	});
	form.text({
		name: "Measure overdue after",
		desc: "Sessions in a row without a score on the case's measure before it is overdue.",
		path: ["engine", "measureOverdueSessions"],
		value: String(settings.engine.measureOverdueSessions),
		fromText: numberFromText,
	});
	drawOutcomes(form, settings);
}

function drawOutcomes(form: SettingsForm, settings: PluginSettings): void {
	const engine = settings.engine;
	form.text({
		name: "Baseline sessions",
		desc: "A baseline score on the case's measure is due within sessions 1 up to this one.",
		path: ["engine", "baselineSessions"],
		value: String(engine.baselineSessions),
		fromText: numberFromText,
	});
	form.text({
		name: "Response reduction",
		desc: "Response is a fall of at least this percent from the baseline score.",
		path: ["engine", "responseReductionPercent"],
		value: String(engine.responseReductionPercent),
		fromText: numberFromText,
	});
	const perMeasure = (key: "remissionBelow" | "reliableChange" | "severeFrom") =>
		MEASURES.map((measure) => ({ label: MEASURE_LABELS[measure], path: ["engine", key, measure], value: String(engine[key][measure]), fromText: numberFromText }));
	form.texts("Remission below", "Remission is the latest two scores below the measure's cut-off (below 8 means 7 or less).", perMeasure("remissionBelow"));
	form.texts(
		"Reliable change",
		"A change of at least this many points from baseline is reliable; a rise of it over the previous or the lowest score is worsening.",
		perMeasure("reliableChange"),
	);
	form.texts("Severe from", "A latest score at or above this is a severe score and is due for review.", perMeasure("severeFrom"));
}
