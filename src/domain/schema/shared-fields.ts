// Field parsers that more than one note kind uses.
import { PROBLEM_AREA_ALIASES, PROBLEM_AREAS } from "../model/vocabulary";
import { listField } from "./list-fields";
import { enumField, textField } from "./scalar-fields";

/** `focus` on a case or a session: problem areas, by id or alias, each once. */
export const problemAreasField = listField(enumField("a problem area", PROBLEM_AREAS, {}, PROBLEM_AREA_ALIASES), true);

/** Free text given as one text or a list of them. */
export const textListField = listField(textField, false);
