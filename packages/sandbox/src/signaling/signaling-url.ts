/** The signaling WebSocket URL under a base URL, keeping any path prefix the base has. */
export function signalingUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/signaling`;
  return url.toString();
}
