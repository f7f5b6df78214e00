import type { Attachment } from "./message.js";

/** The UTF-8 byte order mark, as the first character of a text. */
export const UTF8_BOM = "\uFEFF";

/**
 * A file's text as it is saved or uploaded. A CSV file starts with the UTF-8 byte order mark:
 * spreadsheet programs (Excel above all) read a CSV without one in the computer's old code page,
 * and show Welsh ŵ and ŷ, or Dutch ë, as two odd characters each. Other files are as given.
 */
export function fileText(file: Pick<Attachment, "contentType" | "content">): string {
  if (file.contentType !== "text/csv" || file.content.startsWith(UTF8_BOM)) return file.content;
  return `${UTF8_BOM}${file.content}`;
}
