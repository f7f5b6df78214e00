import type { ViewErrorsResponseAction } from "@slack/bolt";
import type { Logger } from "../../src/core/logger.js";
import type { FieldErrors } from "../../src/core/validation.js";
import { fitPlain } from "./mrkdwn.js";

/**
 * Slack shows an error under an input for as long as it is; it documents no
 * maximum. Ours are one or two sentences (an echoed link is cut at 80
 * characters), so this only guards against a message that would bury the form.
 */
export const FIELD_ERROR_MAX = 300;

/**
 * How long a submission may wait for the core's check before it is acked as
 * it always was: Slack gives a view_submission 3 seconds, and a late ack
 * shows the member "We had some trouble connecting" and loses the form.
 */
export const FORM_CHECK_MS = 2_000;

/** Starts a timer; the returned function cancels it. Injected so that tests need not wait. */
export type StartTimer = (ms: number, fire: () => void) => () => void;

export const realTimer: StartTimer = (ms, fire) => {
  const timer = setTimeout(fire, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

/**
 * The core's verdict on a submitted form as Slack's ack body: the errors keep
 * the modal open, each under its input (our input blocks' block_id is the
 * field id, see modal.ts). Undefined — ack as before, which closes the modal
 * and lets the core answer — when the values pass, when the check fails, or
 * when it takes longer than `ms`.
 */
export async function formErrorsAck(
  check: () => Promise<FieldErrors | undefined>,
  { log, ms = FORM_CHECK_MS, startTimer = realTimer }: { log: Logger; ms?: number; startTimer?: StartTimer },
): Promise<ViewErrorsResponseAction | undefined> {
  let cancel = () => {};
  const late = new Promise<"late">((resolve) => {
    cancel = startTimer(ms, () => resolve("late"));
  });
  const checked = Promise.resolve()
    .then(check)
    .catch((error: unknown) => {
      log.warn({ err: error }, "slack: could not check a form before acking it");
      return undefined;
    });
  try {
    const errors = await Promise.race([checked, late]);
    if (errors === "late") {
      log.warn({ ms }, "slack: checking a form took too long; acked without it");
      return undefined;
    }
    if (!errors || Object.keys(errors).length === 0) return undefined;
    const trimmed: Record<string, string> = {};
    for (const [field, message] of Object.entries(errors)) trimmed[field] = fitPlain(message, FIELD_ERROR_MAX);
    return { response_action: "errors", errors: trimmed };
  } finally {
    cancel();
  }
}
