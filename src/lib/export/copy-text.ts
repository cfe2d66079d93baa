// Copying a link or an embed code: what the status line says afterwards. A browser may refuse the
// clipboard (no permission, not a secure page); the words then say how to copy by hand.
export async function copyText(
  text: string,
  what: string,
  clipboard: Pick<Clipboard, 'writeText'> | undefined = globalThis.navigator?.clipboard,
): Promise<string> {
  try {
    if (!clipboard) throw new Error('no clipboard');
    await clipboard.writeText(text);
    return `${what} copied`;
  } catch {
    return `Select the ${what.toLowerCase()} and copy it with Ctrl+C (the browser did not allow copying).`;
  }
}
