import type {
  BlockAction,
  ButtonAction,
  SlashCommand,
  ViewOutput,
  ViewStateValue,
  ViewSubmitAction,
} from "@slack/bolt";
import { inputBlocks, type OpenedView } from "./calls.js";
import type { FakeSlackState } from "./state.js";
import type { FakeWebApi } from "./web-api.js";
import { alice, general, type FakeChannel, type FakeUser } from "./workspace.js";

/** The deprecated verification token Slack still puts in payloads; Bolt ignores it in favour of signatures. */
const VERIFICATION_TOKEN = "fake-verification-token";

export interface Who {
  readonly user?: FakeUser;
  readonly channel?: FakeChannel;
}

/**
 * Builds the payloads Slack sends, typed by Bolt's own payload types so the
 * compiler checks their shape. Each one gets a fresh response_url and
 * trigger_id that the fake will honour (and expire) like Slack.
 */
export class SlackPayloads {
  readonly #state: FakeSlackState;
  readonly #api: FakeWebApi;

  constructor(state: FakeSlackState, api: FakeWebApi) {
    this.#state = state;
    this.#api = api;
  }

  /** `/update Title | …` typed by `user` in `channel`. */
  slashCommand(command: string, text: string, { user = alice, channel = general }: Who = {}): SlashCommand {
    const w = this.#state.workspace;
    return {
      token: VERIFICATION_TOKEN,
      team_id: w.teamId,
      team_domain: w.teamDomain,
      channel_id: channel.id,
      channel_name: channel.kind === "im" ? "directmessage" : channel.name,
      user_id: user.id,
      user_name: user.name,
      command,
      text,
      api_app_id: w.appId,
      is_enterprise_install: "false",
      response_url: this.#api.issueResponseUrl(),
      trigger_id: this.#state.issueTrigger(),
    };
  }

  /**
   * A press of the button `actionId` on the bot's message `messageTs`.
   * `ephemeral`: the button was on a message only the member saw (a private
   * reply); Slack then marks the container so and sends no `message` — the
   * app can only answer through the response_url.
   */
  buttonPress(
    actionId: string,
    messageTs: string,
    { user = alice, channel = general, ephemeral = false }: Who & { readonly ephemeral?: boolean } = {},
  ): BlockAction<ButtonAction> {
    const w = this.#state.workspace;
    return {
      type: "block_actions",
      team: { id: w.teamId, domain: w.teamDomain },
      user: { id: user.id, username: user.name, name: user.name, team_id: w.teamId },
      api_app_id: w.appId,
      token: VERIFICATION_TOKEN,
      container: { type: "message", message_ts: messageTs, channel_id: channel.id, is_ephemeral: ephemeral },
      trigger_id: this.#state.issueTrigger(),
      channel: { id: channel.id, name: channel.name },
      ...(ephemeral ? {} : { message: { type: "message", user: w.botUserId, ts: messageTs, text: "" } }),
      response_url: this.#api.issueResponseUrl(),
      actions: [
        {
          type: "button",
          block_id: "actions",
          action_id: actionId,
          action_ts: this.#state.nextTs(),
          text: { type: "plain_text", text: "button" },
        },
      ],
    };
  }

  /**
   * The member pressing Submit on a modal the app opened: the state holds
   * one value per input block, keyed by block_id then action_id, as Slack
   * builds it; an input left empty arrives as null.
   */
  viewSubmission(
    view: OpenedView,
    values: Readonly<Record<string, string>>,
    { user = alice }: Who = {},
  ): ViewSubmitAction {
    const w = this.#state.workspace;
    return {
      type: "view_submission",
      team: { id: w.teamId, domain: w.teamDomain },
      user: { id: user.id, name: user.name, team_id: w.teamId },
      api_app_id: w.appId,
      token: VERIFICATION_TOKEN,
      trigger_id: this.#state.issueTrigger(),
      view: viewOutput(view, values),
      response_urls: [],
      is_enterprise_install: false,
    };
  }
}

function viewOutput(view: OpenedView, values: Readonly<Record<string, string>>): ViewOutput {
  const state: Record<string, Record<string, ViewStateValue>> = {};
  for (const block of inputBlocks(view)) {
    if (block.element.type !== "plain_text_input") continue;
    const blockId = block.block_id ?? "";
    const actionId = block.element.action_id ?? "";
    state[blockId] = { [actionId]: { type: "plain_text_input", value: values[blockId] ?? null } };
  }
  return {
    id: view.id,
    team_id: view.team_id,
    app_id: view.app_id,
    bot_id: view.bot_id,
    type: "modal",
    callback_id: view.callback_id ?? "",
    title: { type: "plain_text", text: view.title.text, emoji: true },
    submit: view.submit ? { type: "plain_text", text: view.submit.text, emoji: true } : null,
    close: null,
    blocks: view.blocks,
    state: { values: state },
    hash: view.hash,
    private_metadata: view.private_metadata ?? "",
    root_view_id: view.id,
    previous_view_id: null,
    clear_on_close: false,
    notify_on_close: false,
    external_id: "",
  };
}
