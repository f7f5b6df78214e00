/**
 * `npm run i18n:export [-- --out <dir>] [cy] [nl]`: writes each language's messages as one gettext
 * PO file (translations/cy.po, translations/nl.po), English as the source and the key as context,
 * for a translator to open in Poedit, Weblate, Lokalize or any PO editor. Read it back with
 * `npm run i18n:import <file>`. See scripts/i18n/commands.ts.
 */
import { finish, runExport } from "./commands.js";

finish(runExport(process.argv.slice(2)));
