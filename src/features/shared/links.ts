/** Whether `text` is an http(s) link to a named host ("https://example.org/choir"). */
export function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}
