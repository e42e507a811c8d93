/**
 * A link the app may hand to the system browser (a record's source URL): http or https only, so a
 * page can never have main open file:, javascript:, a custom scheme or anything else through it.
 */
export function isExternalWebLink(url: string): boolean {
  try {
    const u = new URL(url);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '' && u.username === '' && u.password === ''
    );
  } catch {
    return false;
  }
}
