import type { Context } from "../../core/context.js";
import { hasRole } from "../../core/domain.js";
import { UserError } from "../../core/errors.js";
import { findMemberByMention } from "../../core/members.js";
import type { Meeting } from "./domain.js";
import { MeetingStore } from "./store.js";

export const meetingsOf = (ctx: Context) => new MeetingStore(ctx.db);

export async function findMeeting(ctx: Context, number: number): Promise<Meeting> {
  const meeting = await meetingsOf(ctx).byNumber(ctx.network.id, number);
  if (!meeting) throw new UserError("meetings.not_found", { number, command: ctx.commandText("meeting") });
  return meeting;
}

/** A meeting of this network by id (from a button); anything else is "that button no longer works". */
export async function findMeetingById(ctx: Context, id: string): Promise<Meeting> {
  const meeting = await meetingsOf(ctx).byId(id);
  if (!meeting || meeting.networkId !== ctx.network.id) throw new UserError("error.unknown_action");
  return meeting;
}

/** Coordinators, or the meeting's host. */
export function canManage(ctx: Context, meeting: Meeting): boolean {
  return hasRole(ctx.member.role, "coordinator") || (meeting.hostId !== null && meeting.hostId === ctx.member.id);
}

export function requireManager(ctx: Context, meeting: Meeting): void {
  if (!canManage(ctx, meeting)) throw new UserError("meetings.not_yours", { number: meeting.number });
}

export function requireScheduled(meeting: Meeting): void {
  if (meeting.status === "cancelled") throw new UserError("meetings.already_cancelled", { number: meeting.number });
}

const ME = /^(me|myself|fi|ik|mij|mezelf)$/i;

/**
 * Who hosts: "me", a mention, or a member's name are a member of the network (they get the
 * host's nudges); anything else is kept as typed (a guest speaker).
 */
export async function resolveHost(
  ctx: Context,
  text: string | undefined,
): Promise<{ hostId: string | null; hostName: string | null }> {
  if (text === undefined || ME.test(text.trim())) return { hostId: ctx.member.id, hostName: null };
  if (text.trim() === "") return { hostId: ctx.member.id, hostName: null };
  try {
    const member = await findMemberByMention(ctx.db, { networkId: ctx.network.id, spaceId: ctx.space.id }, text);
    return { hostId: member.id, hostName: null };
  } catch (error) {
    // Not a member (or not one we can tell apart): kept as typed, a guest host.
    if (error instanceof UserError && (error.key === "member.not_found" || error.key === "member.ambiguous"))
      return { hostId: null, hostName: text.trim().replace(/^@/, "").slice(0, 80) };
    throw error;
  }
}

/** The host as shown on a card. */
export async function hostLabel(ctx: Pick<Context, "db">, meeting: Meeting): Promise<string | undefined> {
  return new MeetingStore(ctx.db).hostLabel(meeting);
}
