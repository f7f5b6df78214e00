import { randomBytes } from "node:crypto";
import { route, type HttpResponse } from "../../core/http.js";
import { toIcs } from "./ics.js";
import { networkByCalendarToken } from "./network-store.js";
import { MeetingStore } from "./store.js";

/** A new feed secret: 24 random bytes, base64url (32 characters). */
export const newCalendarToken = () => randomBytes(24).toString("base64url");

const notFound: HttpResponse = {
  status: 404,
  headers: { "content-type": "text/plain; charset=utf-8" },
  body: "Not found\n",
};

/**
 * GET /calendar/<token>.ics: the network's meetings as a calendar to subscribe to. The token is
 * the only key; an unknown (or reset) token is a plain 404 that says nothing more.
 */
export const calendarRoute = route("GET", "/calendar/:file", async (_request, params, deps) => {
  const match = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(params["file"] ?? "");
  if (!match) return notFound;
  const network = await networkByCalendarToken(deps.db, match[1] ?? "");
  if (!network) return notFound;
  const meetings = await new MeetingStore(deps.db).forFeed(network.id);
  return {
    status: 200,
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, max-age=300",
      "content-disposition": 'inline; filename="meetings.ics"',
    },
    body: toIcs(network.name, meetings, deps.clock.now()),
  };
});
