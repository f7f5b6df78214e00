/**
 * The English catalogue: the source of every user-facing string. Keys are
 * stable ("feature.thing"); `{name}` placeholders are filled from params.
 * Welsh and Dutch must have every key (the compiler and a test check it).
 */
export const en = {
  // General
  "error.internal": "Sorry, something went wrong on our side. If it happens again, tell your coordinator (reference {ref}).",
  "error.unknown_command": "I don't know the command “{command}”. Try {help}.",
  "error.unknown_subcommand": "“{command} {subcommand}” isn't something I can do. Try one of: {choices}.",
  "error.unknown_action": "That button no longer works. Please run the command again.",
  "error.role_required": "Only a network {role} can do that. Ask your coordinator if you need it done.",
  "error.option_required": "Please fill in {option}.",
  "error.option_too_long": "{option} is too long: keep it to {max} characters.",
  "error.option_too_short": "{option} is too short: use at least {min} characters.",
  "error.option_invalid": "{option} doesn't look right. {hint}",
  "error.usage": "Write it as: {usage}",
  "error.form_unavailable": "Forms don't work here. Type it in one line instead: {usage}",
  "error.database_unavailable": "I can't reach my records just now. Please try again in a minute.",
  "role.member": "member",
  "role.coordinator": "coordinator",
  "role.admin": "admin",
  "help.title": "What {command} can do",
  "help.description": "Show what this command can do",
  "help.footer": "Type a line without details to get a form, where the platform has forms.",

  "gather.description": "Gather itself: help, and soon settings, roles and privacy",
  "gather.help.description": "List everything Gather can do",
  "gather.help.title": "What Gather can do",
  "gather.help.footer": "Type a command followed by “help” for more, e.g. {example}.",
  // Project updates
  "update.description": "Share and browse one-paragraph updates on what you're working on",
  "update.post.description": "Post a one-paragraph update on your current project",
  "update.post.usage": "{command} Title | One paragraph about your project | https://link https://another",
  "update.opt.title": "Title",
  "update.opt.title.description": "A short name for the project",
  "update.opt.summary": "Summary",
  "update.opt.summary.description": "One paragraph (up to {max} characters) on what is going on",
  "update.opt.summary.placeholder": "What you're doing, who it's for, and what would help.",
  "update.opt.links": "Links",
  "update.opt.links.description": "Up to {max} web links, separated by spaces",
  "update.opt.links.placeholder": "https://example.org https://example.org/photos",
  "update.summary.one_paragraph": "Keep the summary to one paragraph: please remove the blank lines.",
  "update.links.too_many": "That's {count} links; please keep it to {max}.",
  "update.links.invalid": "“{link}” isn't a web link. Links must start with http:// or https://.",
  "update.form.title": "Project update",
  "update.form.submit": "Post",
  "update.card.by": "Update from {name}",
  "update.card.links": "Links",
  "update.card.posted": "Posted",

  // Console adapter
  "console.welcome": "Welcome to Gather's demo network, {name}. Type /help to see what you can do, or /quit to leave.",
  "console.slash_hint": "Commands start with a slash, e.g. /help or /update.",
  "console.no_button": "There is no such button. Buttons are numbered under the last message, e.g. /press 1.",
  "console.private": "only you can see this",
  "console.press": "type /press {n}",
} as const;

export type MessageKey = keyof typeof en;
