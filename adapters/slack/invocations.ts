import type { BlockAction, ButtonAction, SlashCommand, ViewSubmitAction } from "@slack/bolt";
import type {
  Actor,
  ActionInvocation,
  CommandInvocation,
  FormInvocation,
  Responder,
} from "../../src/core/invocation.js";
import { normaliseCommandText } from "./command-text.js";
import { formValues, type FormOrigin } from "./modal.js";

/**
 * Slack payloads → the core's Invocations. Pure mapping: no rule about what
 * a command means lives here.
 *
 * The actor carries no locale: Slack sends none with commands or
 * interactions (users.info with include_locale would cost a call per
 * request), so the member's stored locale or the network's applies.
 * Nor does it carry platformAdmin: the listeners add that after the ack,
 * from users.info (see admins.ts).
 */

/** `/update Title | …` → a text command; `/update` → "update". */
/** The registry's name for a slash command: "/Update" → "update". */
export function commandNameOf(payload: Pick<SlashCommand, "command">): string {
  return payload.command.replace(/^\//, "").toLowerCase();
}

export function commandInvocation(payload: SlashCommand, responder: Responder): CommandInvocation {
  return {
    kind: "command",
    actor: {
      platform: "slack",
      spaceExternalId: payload.team_id,
      spaceName: payload.team_domain,
      userExternalId: payload.user_id,
      displayName: payload.user_name,
    },
    channelId: payload.channel_id,
    command: commandNameOf(payload),
    input: { kind: "text", text: normaliseCommandText(payload.text) },
    responder,
  };
}

/** A pressed button: its action_id is the stateless custom id. */
export function actionInvocation(body: BlockAction<ButtonAction>, responder: Responder): ActionInvocation {
  return {
    kind: "action",
    actor: interactionActor(body),
    channelId: actionChannelId(body),
    customId: body.actions[0]?.action_id ?? "",
    messageId: body.container.message_ts ?? body.message?.ts,
    responder,
  };
}

/** A submitted modal: callback_id is the form id, the channel comes back from private_metadata. */
export function formInvocation(body: ViewSubmitAction, origin: FormOrigin, responder: Responder): FormInvocation {
  return {
    kind: "form",
    actor: interactionActor(body),
    channelId: origin.channelId,
    formId: body.view.callback_id,
    values: formValues(body.view.state.values),
    responder,
  };
}

/** The channel a button was pressed in; a message's container names it even when `channel` is absent. */
export function actionChannelId(body: BlockAction<ButtonAction>): string {
  return body.channel?.id ?? stringOf(body.container["channel_id"]) ?? "";
}

/** The workspace an interaction happened in: `team` is null for org-wide installs, then the user's team. */
export function teamIdOf(body: BlockAction<ButtonAction> | ViewSubmitAction): string {
  return body.team?.id ?? body.user.team_id ?? "";
}

function interactionActor(body: BlockAction<ButtonAction> | ViewSubmitAction): Actor {
  const teamId = teamIdOf(body);
  // The member's handle, as a slash command's user_name: block_actions calls it
  // `username` (its `name` appears only from the Home tab), view_submission `name`.
  const name = "username" in body.user ? body.user.username : body.user.name;
  return {
    platform: "slack",
    spaceExternalId: teamId,
    spaceName: body.team?.domain ?? teamId,
    userExternalId: body.user.id,
    displayName: name,
  };
}

function stringOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
