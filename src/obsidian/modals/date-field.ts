import { readDate } from "../../domain/planning/form-input";
import type { ModalForm, RowField } from "./modal-form";

/**
 * A day, in the browser's date picker, starting on `value` (today, as a rule): notes
 * written after the fact, or moved in from paper, are back-dated here.
 */
export function dayField(form: ModalForm, name: string, desc: string, value: string): RowField<string> {
	const field = form.text(name, { desc, value, read: (text) => readDate(text, true) });
	field.inputEl.setAttr("type", "date");
	return field;
}
