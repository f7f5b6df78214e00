/**
 * Every feature, in the order help lists their commands. Adding a feature is its folder, one line
 * here, and its tables in the schema.
 */
import { foldFeatures, type FeatureDefinition } from "../core/feature.js";
import { Registry } from "../core/registry.js";
// The date reader's strings (reading.when.*), used by every feature that reads a time.
import "../reading/when/strings.js";
import { admin } from "./admin/index.js";
import { asks } from "./asks/index.js";
import { meetings } from "./meetings/index.js";
import { polls } from "./polls/index.js";
import { shifts } from "./shifts/index.js";
import { updates } from "./updates/index.js";

export const features: readonly FeatureDefinition[] = [updates, asks, shifts, meetings, polls, admin];

/** Commands, buttons, jobs, routes and card refreshers of every feature. */
export const folded = foldFeatures(features);

export const { commands, actions, jobs, routes } = folded;

/** The registry every adapter and generator reads. */
export function createRegistry(): Registry {
  return new Registry(commands, actions);
}
