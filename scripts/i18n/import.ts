/**
 * `npm run i18n:import <file.po> [-- --check]`: reads a translated PO file back into the
 * catalogues. The file is refused, and nothing written, when any message fails a check the build
 * has (placeholders as in English, every plural form, the glossary, no faked plural); each problem
 * names its key. Otherwise each changed translation is written into its place in its strings file,
 * formatted with prettier. `--check` only says what would change. See scripts/i18n/commands.ts.
 */
import { finish, runImport } from "./commands.js";

finish(await runImport(process.argv.slice(2)));
