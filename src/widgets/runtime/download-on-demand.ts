/**
 * A download made with a library fetched only when the reader asks for it (Word, zip): says
 * `loading` while it comes, then what `make` returns (e.g. "X staat klaar in je downloads"),
 * or `failed`, with the error in the console, when the library cannot load or the file cannot be made.
 */
export async function downloadOnDemand(
  say: (message: string) => void,
  messages: { loading: string; failed: string },
  make: () => Promise<string>,
): Promise<void> {
  say(messages.loading);
  try {
    say(await make());
  } catch (error) {
    console.error(error);
    say(messages.failed);
  }
}
