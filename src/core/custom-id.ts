import { ErrorCode, GatherError } from "../errors.js";
import { CoreLimits } from "./limits.js";

/**
 * Buttons and forms carry what they act on in their custom id, as
 * `feature.action:argument` ("update.help:ckz1…"). Nothing is kept in memory,
 * so every button still works after a restart or on another instance.
 */
export interface CustomId {
  /** `feature.action`, e.g. "update.help". */
  readonly name: string;
  /** What it acts on, e.g. a record id; may be empty. */
  readonly arg: string;
}

const NAME = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;

export function encodeCustomId(name: string, arg = ""): string {
  if (!NAME.test(name)) {
    throw new GatherError(ErrorCode.CustomIdInvalid, `custom id name "${name}" must look like feature.action`);
  }
  const id = arg === "" ? name : `${name}:${arg}`;
  if (id.length > CoreLimits.customId) {
    throw new GatherError(
      ErrorCode.CustomIdInvalid,
      `custom id is ${id.length} characters; the limit is ${CoreLimits.customId}`,
      { id },
    );
  }
  return id;
}

/** Reads a custom id; undefined when it is not one of ours. */
export function decodeCustomId(id: string): CustomId | undefined {
  const colon = id.indexOf(":");
  const name = colon === -1 ? id : id.slice(0, colon);
  const arg = colon === -1 ? "" : id.slice(colon + 1);
  return NAME.test(name) ? { name, arg } : undefined;
}
