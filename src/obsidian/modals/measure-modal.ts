import { Modal, type App } from "obsidian";
import { MEASURE_LABELS, MEASURE_RANGES } from "../../domain/engine/measures/bands";
import { type Parsed } from "../../domain/planning/form-input";
import { ITEM_ANSWERS, MEASURE_FORMS, readTotal, scoreSummary, type ItemForm, type MeasureEntry, type TotalForm } from "../../domain/planning/measure-forms";
import type { ItemScores, SessionRecord } from "../../domain/model/records";
import { MEASURES, type Measure } from "../../domain/model/vocabulary";
import { choices, scale } from "./choices";
import { ModalForm } from "./modal-form";

export interface MeasureStart {
	/** The case's primary measure, offered first. */
	readonly measure: Measure;
	/** The session note's record: what it already holds is filled in. */
	readonly session: SessionRecord;
}

/** Items already recorded on the note, when there is a full set; an unusable item (null) is left for the user to answer again. */
function recordedItems(form: ItemForm, session: SessionRecord): ItemScores | null {
	const items = form.measure === "phq9" ? session.phq9Items : session.gad7Items;
	return items !== null && items.length === form.items.length ? items : null;
}

function recordedSafety(form: TotalForm, session: SessionRecord): number | null {
	return form.measure === "hamd" ? session.hamdItem3 : session.epdsItem10;
}

function text(value: number | null | undefined): string {
	return value === null || value === undefined ? "" : String(value);
}

export class MeasureModal extends Modal {
	constructor(
		app: App,
		private readonly start: MeasureStart,
		private readonly onSubmit: (entry: MeasureEntry) => Promise<boolean>,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(this.start.session.session === null ? "Record measure" : `Record measure for session ${this.start.session.session}`);
		let current = this.start.measure;
		const entries = {} as Record<Measure, () => MeasureEntry>;
		const sections = {} as Record<Measure, HTMLElement>;
		const form = new ModalForm(this, (): Promise<boolean> => this.onSubmit(entries[current]()));
		form.dropdown<Measure>("Measure", choices(MEASURES, (id) => MEASURE_LABELS[id as Measure], null), {
			value: current,
			onChange: (value) => {
				current = value as Measure;
				for (const measure of MEASURES) sections[measure].toggle(measure === current);
			},
		});
		for (const measure of MEASURES) {
			const shown = () => current === measure;
			sections[measure] = form.section(shown, () => {
				const measureForm = MEASURE_FORMS[measure];
				entries[measure] = measureForm.kind === "items" ? this.itemFields(form, measureForm) : this.totalFields(form, measureForm);
			});
			sections[measure].toggle(shown());
		}
		form.buttons("Save");
		form.focusFirst();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** One row per item with its four answers as radio buttons, and the total and band as they add up. */
	private itemFields(form: ModalForm, measureForm: ItemForm): () => MeasureEntry {
		const { measure, items } = measureForm;
		const recorded = recordedItems(measureForm, this.start.session);
		const legend = ITEM_ANSWERS.map((answer, score) => `${score} ${answer.toLowerCase()}`).join(", ");
		const totalRow = form.row(`${MEASURE_LABELS[measure]} total`, `Answers: ${legend}.`);
		const totalEl = totalRow.controlEl.createDiv({ cls: "ipt-measure-total", attr: { "aria-live": "polite" } });
		const groups = items.map((item, index) => {
			const row = form.row(`${index + 1}. ${item}`);
			const group = row.controlEl.createDiv({ cls: "ipt-measure-answers", attr: { role: "radiogroup", "aria-label": `Item ${index + 1}: ${item}` } });
			return ITEM_ANSWERS.map((answer, score) => {
				const label = group.createEl("label", { cls: "ipt-measure-answer", attr: { title: answer } });
				const radio = label.createEl("input", { type: "radio", value: String(score), attr: { name: `ipt-${measure}-item-${index + 1}`, "aria-label": `${score}: ${answer}` } });
				radio.checked = recorded?.[index] === score;
				label.appendText(String(score));
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
				if (missing.length > 0) return { ok: false, message: `Answer every item; still to answer: ${missing.join(", ")}.` };
				return { ok: true, value: given.map(Number) };
			},
		});
		return () => ({ measure, items: field.value() });
	}

	/** The total with its band as it is typed, and the safety item. */
	private totalFields(form: ModalForm, measureForm: TotalForm): () => MeasureEntry {
		const { measure, safetyMax } = measureForm;
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
		const safety = form.requiredDropdown<string>(measureForm.safetyLabel, scale(0, safetyMax, "Choose a score"), "Score the safety item too.", {
			desc: "Any score above 0 is followed up in this session.",
			value: text(recordedSafety(measureForm, this.start.session)),
		});
		safetyScore = () => {
			const read = safety.read();
			return read.ok ? Number(read.value) : null;
		};
		return () => ({ measure, total: total.value(), safety: Number(safety.value()) });
	}
}
