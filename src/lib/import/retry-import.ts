// "Try again" after the importer's code failed to load. A browser keeps a failed dynamic import in
// its module map, so importing the same URL again fails at once without asking the network; the
// retry imports the failed module's URL with a fresh query instead, which the browser fetches anew.

/** The URL to retry a failed dynamic import with (`?retry=N`), or null when the error names no URL. */
export function retryUrl(error: unknown, attempt: number): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const m = /(https?:\/\/[^\s'"?#]+)/.exec(message);
  return m ? `${m[1]}?retry=${attempt}` : null;
}
