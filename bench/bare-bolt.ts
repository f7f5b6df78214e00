/**
 * The baseline for the Slack bench: a bare Bolt app in HTTP mode that only acks `/update` — the
 * least any Slack app can do. Run as a child process: BENCH_PORT, BENCH_SIGNING_SECRET.
 */
import { App, HTTPReceiver, LogLevel } from "@slack/bolt";

const port = Number(process.env.BENCH_PORT);
const receiver = new HTTPReceiver({
  signingSecret: process.env.BENCH_SIGNING_SECRET ?? "",
  endpoints: "/slack/events",
});
const app = new App({
  // Authorizes every request without a Web API call (Gather asks auth.test once, at start).
  authorize: async () => ({ botToken: "xoxb-bench", botId: "B0BENCH", botUserId: "U0BENCH" }),
  receiver,
  logLevel: LogLevel.ERROR,
  convoStore: false,
});
app.command("/update", async ({ ack }) => {
  await ack();
});
await app.start({ port, host: "127.0.0.1" });
process.stderr.write(`bare bolt listening on ${port}\n`);
process.once("SIGTERM", () => {
  void app.stop().then(() => process.exit(0));
});
