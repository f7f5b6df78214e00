/**
 * The core's strings for words it does not know and for help: "I don't know /ask choose", the
 * closest subcommands, how to post text as written, and the lines of help per role. A part of the
 * core's catalogue (strings.ts), kept apart so it can change on its own.
 */
import { defineStrings } from "./define.js";

export const wordStrings = defineStrings({
  "words.unknown": {
    en: "I don't know {command} {word}.",
    cy: "Dydw i ddim yn adnabod {command} {word}.",
    nl: "{command} {word} ken ik niet.",
  },
  "words.did_you_mean": {
    en: "Did you mean {choices}?",
    cy: "Oeddech chi'n golygu {choices}?",
    nl: "Bedoel je {choices}?",
  },
  "words.choices": {
    en: "I know: {choices}.",
    cy: "Rydw i'n adnabod: {choices}.",
    nl: "Ik ken: {choices}.",
  },
  "words.or": {
    en: "or",
    cy: "neu",
    nl: "of",
  },
  "words.usage": {
    en: "Write it as: {usage}",
    cy: "Ysgrifennwch ef fel hyn: {usage}",
    nl: "Schrijf het zo: {usage}",
  },
  "words.as_written": {
    en: "To post it just as you wrote it: {example}",
    cy: "I'w bostio yn union fel y gwnaethoch ei ysgrifennu: {example}",
    nl: "Om het precies zo te plaatsen: {example}",
  },
  "words.more": {
    en: "Everything it can do: {help}",
    cy: "Popeth y gall ei wneud: {help}",
    nl: "Alles wat het kan: {help}",
  },
  "words.help.coordinator": {
    en: "For coordinators: {subcommands}",
    cy: "I gydlynwyr: {subcommands}",
    nl: "Voor coördinatoren: {subcommands}",
  },
  "words.help.admin": {
    en: "For admins: {subcommands}",
    cy: "I weinyddwyr: {subcommands}",
    nl: "Voor beheerders: {subcommands}",
  },
  "words.help.one": {
    en: "{command}: what it does",
    cy: "{command}: beth mae'n ei wneud",
    nl: "{command}: wat het doet",
  },
});
