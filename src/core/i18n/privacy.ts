/**
 * Privacy and reports strings, kept apart so each feature's catalogue can be edited on its own.
 * English is the source; Welsh and Dutch must have every key with the same placeholders.
 */
export const en = {} as const;

type Key = keyof typeof en;

export const cy: Readonly<Record<Key, string>> = {};

export const nl: Readonly<Record<Key, string>> = {};
