/**
 * `npm run db:schema`: writes prisma/sqlite/schema.prisma and prisma/postgres/schema.prisma from
 * prisma/schema.base.prisma, and regenerates the clients of those that changed.
 */
import { writeSchemas } from "./derive.js";
import { ensureClients } from "./generate.js";

const written = writeSchemas();
console.log(written.length > 0 ? `db:schema: wrote ${written.join(", ")} schema` : "db:schema: schemas up to date");
ensureClients({ log: (msg) => console.log(`db:schema: ${msg}`) });
