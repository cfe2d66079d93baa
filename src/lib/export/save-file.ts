// Handing a file to the browser as a download, and running a download that may fail so the page can
// say why. One place for what ShareMenu, the import report and the evidence pack each wrote out.

/** Offers `blob` as a download named `name`; the object URL is freed once the browser has it. */
export function saveBlob(blob: Blob, name: string, keepMs = 10_000): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), keepMs);
}

/**
 * Runs `action`, passing the message of anything it throws or rejects with to `fail`. A synchronous
 * action stays synchronous (a download started by a click must start within the click).
 */
export function attempt(action: () => void | Promise<void>, fail: (message: string) => void): void {
  const report = (e: unknown) => fail(e instanceof Error ? e.message : String(e));
  try {
    action()?.catch(report);
  } catch (e) {
    report(e);
  }
}
