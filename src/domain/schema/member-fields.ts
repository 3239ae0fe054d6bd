// Keys every note that belongs to a case shares.
import { linkField } from "./link-fields";

/** `case`: the case note this note belongs to; without it, the folder decides. */
export const MEMBER_FIELDS = { case: linkField };
