// The domain's only door to zod. Obsidian's review forbids generating code at run time,
// and zod would otherwise compile object parsers with `new Function`; configuring it
// here, before any schema exists, keeps every parser interpreted.
//
// Import it as `import * as z from "../schema/zod"`. A namespace import tree-shakes
// (a bundle stays near 90 KB); a `z` object, whether zod's own or re-exported from
// here, pulls in every zod locale (over 450 KB), so this module names the builders it
// passes on instead. Add a name here when the domain needs another one.
import { config } from "zod";

config({ jitless: true });

export { boolean, enum, int, literal } from "zod";
