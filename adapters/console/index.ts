import { ConsoleAdapter, type ConsoleAdapterOptions } from "./adapter.js";

export { ConsoleAdapter, CONSOLE_SPACE } from "./adapter.js";

export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  return new ConsoleAdapter(options);
}
