import { RespondError, type RespondArguments, type RespondFn } from "@slack/bolt";

/**
 * A respond() for a response_url Bolt does not know about: the one a form
 * carries in its private_metadata (see modal.ts). Same wire format as Bolt's
 * own: a JSON POST, where any non-2xx status is a failure (an expired url
 * answers 404).
 */
export function respondTo(responseUrl: string, fetchFn: typeof fetch = globalThis.fetch): RespondFn {
  return async (message: string | RespondArguments) => {
    const body = typeof message === "string" ? { text: message } : message;
    const response = await fetchFn(responseUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw new RespondError(
        `Failed to respond to the response_url: ${response.status} ${response.statusText}`,
        response.status,
      );
    }
    return response;
  };
}
