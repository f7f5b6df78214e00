/**
 * Meetings as the rest of the feature sees them: plain data the stores return, never database rows.
 */
import type { Locale } from "../../core/i18n/index.js";

/** What a coordinator sets about a meeting. */
export interface MeetingFields {
  readonly title: string;
  readonly startsAt: Date;
  readonly durationMinutes: number;
  readonly timeZone: string;
  readonly rrule: string | null;
  readonly hostId: string | null;
  readonly hostName: string | null;
  readonly place: string | null;
  readonly onlineUrl: string | null;
  readonly agendaUrl: string | null;
}

/** A draft is only its maker's echo until Save; scheduled and cancelled meetings are what members see. */
export type MeetingStatus = "draft" | "scheduled" | "cancelled";

/** A meeting (or a series of them) of a network. */
export interface Meeting extends MeetingFields {
  readonly id: string;
  readonly networkId: string;
  /** "meeting #3" within the network; negative while a draft. */
  readonly number: number;
  readonly status: MeetingStatus;
  /** Bumped on each change: calendars replace the entry, and job keys plan afresh. */
  readonly sequence: number;
  /** This meeting's reminders (JSON minutes before); null: the network's. */
  readonly reminderOffsets: string | null;
  /** Where it was scheduled. */
  readonly spaceId: string | null;
  readonly channelId: string | null;
  readonly createdById: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly cancelledAt: Date | null;
}

export const ANSWERS = ["going", "maybe", "no"] as const;
/** Going / Maybe / Can't, for one occurrence. */
export type Answer = (typeof ANSWERS)[number];

/** One member's answer for an occurrence, with their name as shown. */
export interface MeetingAnswer {
  readonly memberId: string;
  readonly name: string;
  readonly answer: Answer;
}

/** What changed in an edit that those coming are told about. */
export type NoticeChange = "time" | "place";

/** Someone to write to, and the language they read. */
export interface Reader {
  readonly id: string;
  readonly locale: Locale;
}

/** A channel of a stored space. */
export interface ChannelTarget {
  readonly spaceId: string;
  readonly channelId: string;
}

/** The languages a network's shared posts are written in. */
export interface NetworkLanguages {
  readonly locale: string;
  readonly secondLocale: string | null;
}
