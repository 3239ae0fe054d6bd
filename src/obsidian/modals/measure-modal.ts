import { Modal, type App } from "obsidian";
import { MEASURE_LABELS, MEASURE_RANGES } from "../../domain/engine/measures/bands";
import { type Parsed } from "../../domain/planning/form-input";
import {
	ITEM_ANSWERS,
	ITEM_STEM,
	MEASURE_FORMS,
	readMeasureDate,
	readTotal,
	scoreSummary,
	type ItemForm,
	type MeasureEntry,
	type MeasureForm,
	type TotalForm,
} from "../../domain/planning/measure-forms";
import type { ItemScores, SessionRecord } from "../../domain/model/records";
import { MEASURES, type Measure } from "../../domain/model/vocabulary";
import { choices, scale, type Options } from "./choices";
import { ModalForm } from "./modal-form";

export interface MeasureStart {
	/** The case's primary measure, offered first. */
	readonly measure: Measure;
	/** The session note's record: what it already holds is filled in. */
	readonly session: SessionRecord;
	/** The date offered when the session note has none. */
	readonly today: string;
}

/** What the form gives: the scores, and the date they were taken (the session note's own, or the one entered for a note without). */
export interface MeasureAnswers {
	readonly entry: MeasureEntry;
	readonly date: string;
}

type ItemMode = "items" | "total";
const ITEM_MODES: Options = [
	["items", "Each item"],
	["total", "Total only"],
];

/** Items already recorded on the note, when there is a full set; an unusable item (null) is left for the user to answer again. */
function recordedItems(form: ItemForm, session: SessionRecord): ItemScores | null {
	const items = form.measure === "phq9" ? session.phq9Items : session.gad7Items;
	return items !== null && items.length === form.items.length ? items : null;
}

/** The safety item as the note holds it alone (PHQ-9 item 9, HAM-D item 3, EPDS item 10), when it can be read. */
function recordedSafety(form: MeasureForm, session: SessionRecord): number | null {
	const key = form.safety?.key;
	return session.safety.find((reading) => reading.measure === form.measure && reading.key === key)?.score ?? null;
}

function text(value: number | null | undefined): string {
	return value === null || value === undefined ? "" : String(value);
}

export class MeasureModal extends Modal {
	constructor(
		app: App,
		private readonly start: MeasureStart,
		private readonly onSubmit: (answers: MeasureAnswers) => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		const { session } = this.start;
		this.setTitle(session.session === null ? "Record measure" : `Record measure for session ${session.session}`);
		let current = this.start.measure;
		const entries = {} as Record<Measure, () => MeasureEntry>;
		const sections = {} as Record<Measure, HTMLElement>;
		const form = new ModalForm(this, (): Promise<boolean> => this.onSubmit({ entry: entries[current](), date: date.value() }));
		form.dropdown<Measure>("Measure", choices(MEASURES, (id) => MEASURE_LABELS[id as Measure], null), {
			value: current,
			onChange: (value) => {
				current = value as Measure;
				for (const measure of MEASURES) sections[measure].toggle(measure === current);
			},
		});
		const date = form.text("Date", {
			desc: session.date === null ? "This session note has no date yet: it gets this one." : "The session note's date: scores take the date of their session.",
			value: session.date?.text ?? this.start.today,
			read: (value) => readMeasureDate(value, { number: session.session, date: session.date?.text ?? null }),
		});
		for (const measure of MEASURES) {
			const shown = () => current === measure;
			sections[measure] = form.section(shown, () => {
				const measureForm = MEASURE_FORMS()[measure];
				entries[measure] = measureForm.kind === "items" ? this.itemOrTotalFields(form, measureForm, shown) : this.totalFields(form, measureForm);
			});
			sections[measure].toggle(shown());
		}
		form.buttons("Save");
		form.focusFirst();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** The items one by one, or the total alone with the safety item asked on its own. */
	private itemOrTotalFields(form: ModalForm, measureForm: ItemForm, shown: () => boolean): () => MeasureEntry {
		const { session } = this.start;
		const recordedTotalOnly = recordedItems(measureForm, session) === null && session.scores[measureForm.measure] !== undefined;
		let mode: ItemMode = recordedTotalOnly ? "total" : "items";
		const parts = {} as Record<ItemMode, HTMLElement>;
		form.dropdown<ItemMode>(`Record ${MEASURE_LABELS[measureForm.measure]} as`, ITEM_MODES, {
			desc: "Every answer, or the total alone when only that is known.",
			value: mode,
			onChange: (value) => {
				mode = value as ItemMode;
				for (const part of ["items", "total"] as const) parts[part].toggle(part === mode);
			},
		});
		let items!: () => MeasureEntry;
		let total!: () => MeasureEntry;
		parts.items = form.section(() => shown() && mode === "items", () => (items = this.itemFields(form, measureForm)));
		parts.total = form.section(() => shown() && mode === "total", () => (total = this.totalFields(form, measureForm)));
		parts.items.toggle(mode === "items");
		parts.total.toggle(mode === "total");
		return () => (mode === "items" ? items() : total());
	}

	/** One row per item with its four answers as radio buttons, and the total and band as they add up. */
	private itemFields(form: ModalForm, measureForm: ItemForm): () => MeasureEntry {
		const { measure, items } = measureForm;
		const recorded = recordedItems(measureForm, this.start.session);
		const totalRow = form.row(`${MEASURE_LABELS[measure]} total`, ITEM_STEM);
		const totalEl = totalRow.controlEl.createDiv({ cls: "ipt-measure-total", attr: { "aria-live": "polite" } });
		const groups = items.map((item, index) => {
			const row = form.row(`${index + 1}. ${item}`);
			const group = row.controlEl.createDiv({ cls: "ipt-measure-answers", attr: { role: "radiogroup", "aria-label": `Item ${index + 1}: ${item}` } });
			return ITEM_ANSWERS.map((answer, score) => {
				const label = group.createEl("label", { cls: "ipt-measure-answer" });
				const radio = label.createEl("input", { type: "radio", value: String(score), attr: { name: `ipt-${measure}-item-${index + 1}`, "aria-label": `${score}: ${answer}` } });
				radio.checked = recorded?.[index] === score;
				label.createSpan({ cls: "ipt-measure-score", text: String(score) });
				label.createSpan({ cls: "ipt-measure-wording", text: answer });
				return radio;
			});
		});
		const answers = () => groups.map((radios) => radios.find((radio) => radio.checked)?.value);
		const showTotal = () => {
			const given = answers().filter((answer) => answer !== undefined).map(Number);
			const sum = given.reduce((total, score) => total + score, 0);
			totalEl.setText(
				given.length === items.length ? scoreSummary(measure, sum).text : `${sum} so far, ${given.length} of ${items.length} items answered`,
			);
		};
		const radios = groups.flat();
		for (const radio of radios) radio.addEventListener("change", showTotal);
		showTotal();
		const field = form.add({
			focusEl: radios[0] as HTMLElement,
			messageParent: totalRow.infoEl,
			inputs: radios,
			read: (): Parsed<number[]> => {
				const given = answers();
				const missing = given.flatMap((answer, index) => (answer === undefined ? [index + 1] : []));
				if (missing.length > 0) return { ok: false, message: `Answer every item, or record the total only; still to answer: ${missing.join(", ")}.` };
				return { ok: true, value: given.map(Number) };
			},
		});
		return () => ({ measure, items: field.value() });
	}

	/** The total with its band as it is typed, and the safety item when the scale has one. */
	private totalFields(form: ModalForm, measureForm: TotalForm | ItemForm): () => MeasureEntry {
		const { measure, safety: question } = measureForm;
		const { max } = MEASURE_RANGES[measure];
		const hint = `From 0 to ${max}.`;
		// The safety item is asked after the total, and read once it exists.
		let safetyScore = (): number | null => null;
		const total = form.text(`${MEASURE_LABELS[measure]} total`, {
			desc: hint,
			value: text(this.start.session.scores[measure]),
			read: (value) => readTotal(value, measureForm, safetyScore()),
		});
		const showBand = () => {
			const read = total.read();
			total.setting.setDesc(read.ok ? scoreSummary(measure, read.value).text : hint);
		};
		total.inputEl.addEventListener("input", showBand);
		showBand();
		if (question === null) return () => ({ measure, total: total.value(), safety: null });
		const options = question.answers === null ? scale(0, question.max, "Choose a score") : scale(0, question.max, "Choose an answer", (n) => `${n}: ${question.answers?.[n] ?? ""}`);
		const safety = form.requiredDropdown<string>(question.label, options, "Score the safety item too.", {
			desc: "Asked on its own with a total. Any score above 0 is followed up in this session.",
			value: text(recordedSafety(measureForm, this.start.session)),
		});
		safetyScore = () => {
			const read = safety.read();
			return read.ok ? Number(read.value) : null;
		};
		return () => ({ measure, total: total.value(), safety: Number(safety.value()) });
	}
}
