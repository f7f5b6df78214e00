import type { App, BlockAction, ButtonAction, ViewSubmitAction, webApi } from "@slack/bolt";
import type { Dispatcher } from "../../src/core/dispatcher.js";
import type { Invocation } from "../../src/core/invocation.js";
import type { Logger } from "../../src/core/logger.js";
import type { WorkspaceAdmins } from "./admins.js";
import type { InFlight } from "../../src/core/in-flight.js";
import {
  actionChannelId,
  actionInvocation,
  commandInvocation,
  commandNameOf,
  formInvocation,
  teamIdOf,
} from "./invocations.js";
import { formErrorsAck } from "./form-errors.js";
import { decodeFormOrigin } from "./modal.js";
import { respondTo } from "./respond.js";
import { SlackResponder } from "./responder.js";

/** Our buttons' action_ids are custom ids, `feature.action[:arg]` (see src/core/custom-id.ts). */
export const ACTION_ID = /^[a-z][a-z0-9-]*\.[a-z]/;

/** Any slash command: Slack sends only the ones the app's manifest declares. */
export const SLASH_COMMAND = /^\/[a-z0-9_-]+$/i;

/** Our modals' callback_ids are form ids, `command.subcommand[:arg]` (see formIdOf in src/core/command.ts). */
export const FORM_ID = /^[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*(?::.*)?$/;

export interface ListenerDeps {
  readonly dispatcher: Dispatcher;
  readonly log: Logger;
  /** Where handling after the ack is tracked, so stop() can wait for it. */
  readonly inFlight: InFlight;
  /** Whether the member is a workspace admin or owner, asked after the ack. */
  readonly admins: WorkspaceAdmins;
  /** Sees each Web API client a listener is given (to count its rate limits). */
  readonly watchClient?: (client: webApi.WebClient) => void;
}

/**
 * Wires Bolt to the dispatcher: one listener for every slash command, one for
 * every button, one for every form. Each acks first — Slack shows the member
 * an error if it hears nothing within 3 seconds, and a trigger_id dies then
 * too — and only then asks Slack whether the member is a workspace admin
 * (and the name they go by) and hands the request to the core. A form is checked against its schema
 * before its ack (see formErrorsAck), so a mistake keeps the modal open.
 */
export function registerListeners(app: App, { dispatcher, log, inFlight, admins, watchClient }: ListenerDeps): void {
  const dispatch = (client: webApi.WebClient, invocation: Invocation) =>
    inFlight.track(async () => {
      watchClient?.(client);
      const { spaceExternalId, userExternalId } = invocation.actor;
      const { admin: platformAdmin, name } = await admins.profile(client, spaceExternalId, userExternalId);
      // The payload's name is the legacy handle: the member's display name replaces it when Slack
      // gives one (the handle stays only when users.info failed).
      const displayName = name ?? invocation.actor.displayName;
      await dispatcher.handle({ ...invocation, actor: { ...invocation.actor, platformAdmin, displayName } });
    });

  // One listener for every slash command (Bolt runs each listener's matching for every request,
  // so eight would cost every ack eight times); the dispatcher answers a name it does not know.
  app.command(SLASH_COMMAND, async ({ command: payload, ack, respond, client }) => {
    if (inFlight.full) {
      // Overloaded: say so now, privately, rather than queue a reply that would come late.
      await ack({
        response_type: "ephemeral",
        text: dispatcher.busy(commandNameOf(payload)),
      });
      return;
    }
    await ack();
    const responder = new SlackResponder({
      client,
      teamId: payload.team_id,
      channelId: payload.channel_id,
      userId: payload.user_id,
      respond,
      responseUrl: payload.response_url,
      triggerId: payload.trigger_id,
    });
    await dispatch(client, commandInvocation(payload, responder));
  });

  app.action<BlockAction<ButtonAction>>(
    { type: "block_actions", action_id: ACTION_ID },
    async ({ body, ack, respond, client }) => {
      await ack();
      const responder = new SlackResponder({
        client,
        teamId: teamIdOf(body),
        channelId: actionChannelId(body),
        userId: body.user.id,
        // Bolt adds respond() only when the payload has a response_url (buttons in messages do).
        respond: body.response_url ? respond : undefined,
        responseUrl: body.response_url,
        triggerId: body.trigger_id,
        messageTs: body.message?.ts,
      });
      await dispatch(client, actionInvocation(body, responder));
    },
  );

  app.view<ViewSubmitAction>({ type: "view_submission", callback_id: FORM_ID }, async ({ body, ack, client }) => {
    // private_metadata is only ever set by us (views.open) and comes back in a
    // signed request, so its channel and response_url can be trusted.
    const origin = decodeFormOrigin(body.view.private_metadata);
    if (!origin) {
      await ack();
      log.warn({ form: body.view.callback_id }, "slack: a form came back without its origin; ignored");
      return;
    }
    const responder = new SlackResponder({
      client,
      teamId: teamIdOf(body),
      channelId: origin.channelId,
      userId: body.user.id,
      respond: origin.responseUrl ? respondTo(origin.responseUrl) : undefined,
      responseUrl: origin.responseUrl,
      triggerId: body.trigger_id,
    });
    const invocation = formInvocation(body, origin, responder);
    // Slack can keep the modal open with a message under each input, but only in the ack:
    // so the core checks the values first (quickly), and the member keeps what they typed.
    const errors = await formErrorsAck(() => dispatcher.checkForm(invocation), { log });
    if (errors) {
      await ack(errors);
      return;
    }
    // Acking with no body closes the modal; the core answers in the channel.
    await ack();
    await dispatch(client, invocation);
  });
}
