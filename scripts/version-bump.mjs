// npm's `version` script: `npm version 0.2.0` (or patch, minor, major) sets package.json,
// then this brings manifest.json and versions.json in step for the commit npm makes.
import process from "node:process";
import { bumpVersionFiles } from "./plugin-versions.mjs";

const version = bumpVersionFiles(process.cwd());
console.log(`manifest.json and versions.json now at ${version}.`);
