import { createHash, randomInt } from "node:crypto";

export const LinkLimits = {
  /** Characters in a code: 31^8 ≈ 8.5 × 10^11 codes, against 30 guesses a minute. */
  length: 8,
  validMinutes: 15,
} as const;

/** No 0/O, 1/I/L: nothing to misread when a code is copied by eye. */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A fresh random code, as shown (without the dash). */
export function newCode(): string {
  return Array.from({ length: LinkLimits.length }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/** "ABCD-EFGH" as shown; typed back in any case, with or without the dash or spaces. */
export const showCode = (code: string) => `${code.slice(0, 4)}-${code.slice(4)}`;
export const normaliseCode = (text: string) => text.toUpperCase().replace(/[\s-]/g, "");
/** Only this is stored: a code is a password for one use. */
export const hashCode = (code: string) => createHash("sha256").update(normaliseCode(code)).digest("hex");
