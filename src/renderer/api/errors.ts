/** The sentence to show a person for a failed call: the core's own message where there is one. */
export function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
