// The domain's only door to zod. Two reasons:
// - Obsidian's review forbids generating code at run time. Classic zod compiles object
//   parsers with `new Function` unless jitless; zod/mini's parsers are interpreted
//   already, so jitless here, set before any schema exists, is the second guard that
//   keeps it so if a builder ever comes from classic zod. A test runs the built main.js
//   with every string-to-code door spied (test/robustness/bundle-no-codegen.test.ts).
// - zod/mini tree-shakes to a fraction of classic zod's size (main.js has a budget).
// Import it as `import * as z from "../schema/zod"`; add a name here when the domain
// needs another builder or check.
import { config } from "zod/mini";

config({ jitless: true });

export { _default, array, boolean, enum, gte, int, literal, lte, minLength, null, number, object, refine, string, stringbool, trim, union, type ZodMiniType } from "zod/mini";
