// The domain's only door to zod. Two reasons:
// - Obsidian's review forbids generating code at run time, and zod would otherwise
//   compile object parsers with `new Function`; configuring it here, before any schema
//   exists, keeps every parser interpreted.
// - zod/mini tree-shakes to a fraction of classic zod's size (main.js has a budget).
// Import it as `import * as z from "../schema/zod"`; add a name here when the domain
// needs another builder or check.
import { config } from "zod/mini";

config({ jitless: true });

export { _default, boolean, enum, gte, int, literal, lte, minLength, null, number, object, refine, string, trim, union, type ZodMiniType } from "zod/mini";
