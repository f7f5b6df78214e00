/**
 * Loads every feature's catalogue before each test file, as `src/features/index.ts` does for the
 * running program: a unit test of one module (a date reader, a card) translates keys of a feature
 * it never imported as a whole.
 */
import "../../src/features/index.js";
