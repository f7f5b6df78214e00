// Entry of the root `postinstall` (plain JavaScript: it must start even where tsx is missing).
//
// npm runs the root package's postinstall even for `npm install --package-lock-only`, when
// node_modules may not exist; there is nothing to generate then. Otherwise load tsx and run
// postinstall.ts, which does the work.
import console from "node:console";
import process from "node:process";

if (process.env.npm_config_package_lock_only === "true") {
  console.log("gather postinstall: lockfile-only install, nothing to generate");
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("./postinstall.ts");
}
