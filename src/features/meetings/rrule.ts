/**
 * rrule ships CommonJS for Node and ES modules for bundlers: under Node's ESM loader its named
 * exports are only reachable through `default`. One import here, so every caller gets the same class.
 */
import * as rruleModule from "rrule";

type RRuleModule = typeof rruleModule;
const lib: RRuleModule = (rruleModule as unknown as { default?: RRuleModule }).default ?? rruleModule;

export const { RRule, Weekday } = lib;
export type RRule = InstanceType<RRuleModule["RRule"]>;
export type RRuleOptions = rruleModule.Options;
