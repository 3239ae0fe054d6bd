// `npm run demo`: after the build, installs the plugin into the demo vault and prints
// the demo vault's report, so a newcomer sees both faces working.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import process from "node:process";
import { buildDemoPage } from "./build-demo-page.mjs";

const vault = join("examples", "demo-vault");
const pluginDir = join(vault, ".obsidian", "plugins", "ipt-workbench");
mkdirSync(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(file, join(pluginDir, file));
console.log(`Installed the plugin into ${pluginDir}: open ${vault} as a vault in Obsidian and enable IPT Workbench.\n`);
await buildDemoPage();

const report = spawnSync(process.execPath, ["dist/cli.js", "report", vault], { stdio: "inherit" });
process.exitCode = report.status ?? 1;
