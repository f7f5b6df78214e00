/**
 * The platform-neutral output model. The core builds these; each adapter
 * renders them (its platform's blocks or embeds and components, terminal text). Nothing here
 * knows a platform.
 */
import type { Platform } from "./invocation.js";

/** How a point in time is shown. Platforms render it in each reader's own zone. */
export type TimeStyle = "date" | "time" | "datetime" | "relative";

/** A piece of rich text: plain text, a time, a link or a member. */
export type Inline =
  | string
  | { readonly kind: "time"; readonly at: Date; readonly style: TimeStyle }
  | { readonly kind: "link"; readonly url: string; readonly label?: string }
  | { readonly kind: "member"; readonly name: string; readonly ref?: MemberRef };

/** A run of inline pieces, read in order. A bare string is plain text. */
export type RichText = string | readonly Inline[];

/**
 * Where a member can be mentioned: the platform account the message is about.
 * Adapters mention them when the message goes to that platform's space and
 * fall back to the name elsewhere (on another platform, or in another space).
 */
export interface MemberRef {
  readonly platform: Platform;
  readonly spaceExternalId: string;
  readonly externalId: string;
}

export interface Field {
  readonly label: string;
  readonly value: RichText;
}

export type ActionStyle = "primary" | "danger" | "default";

/** A button. `id` is a stateless custom id (see core/custom-id.ts). */
export interface Action {
  readonly id: string;
  readonly label: string;
  readonly style?: ActionStyle;
}

/** A file sent with a message (an export). Small text files only: adapters upload them. */
export interface Attachment {
  readonly name: string;
  readonly contentType: "text/csv" | "text/markdown" | "application/json" | "text/calendar";
  readonly content: string;
}

export interface Message {
  readonly title?: string;
  readonly text?: RichText;
  readonly fields?: readonly Field[];
  readonly links?: readonly { readonly url: string; readonly label?: string }[];
  /** Small print under the body: author, time, ids. */
  readonly context?: RichText;
  /** At most `CoreLimits.actions` (core/limits.ts). */
  readonly actions?: readonly Action[];
  readonly files?: readonly Attachment[];
}

export type FormFieldStyle = "short" | "paragraph";

export interface FormField {
  readonly id: string;
  readonly label: string;
  readonly style: FormFieldStyle;
  readonly required: boolean;
  readonly maxLength?: number;
  readonly placeholder?: string;
  readonly value?: string;
}

/**
 * A platform-neutral modal. `id` names what handles the submission
 * ("update.post"); at most `CoreLimits.formFields` (core/limits.ts) fields.
 */
export interface Form {
  readonly id: string;
  readonly title: string;
  readonly submitLabel: string;
  readonly fields: readonly FormField[];
}

/** A message the bot has posted, so it can be edited later. */
export interface PostedRef {
  readonly channelId: string;
  readonly messageId: string;
}

/** Joins rich text into plain text (for logs, search, the console and fallbacks). */
export function plainText(text: RichText | undefined, renderTime?: (at: Date, style: TimeStyle) => string): string {
  if (text === undefined) return "";
  if (typeof text === "string") return text;
  return text
    .map((part) => {
      if (typeof part === "string") return part;
      switch (part.kind) {
        case "time":
          return renderTime ? renderTime(part.at, part.style) : part.at.toISOString();
        case "link":
          return part.label ? `${part.label} (${part.url})` : part.url;
        case "member":
          return part.name;
      }
    })
    .join("");
}
