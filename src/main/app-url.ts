/**
 * The app's own origin. Packaged and `npm start` builds load the renderer from `app://tidemark/`;
 * `npm run dev` loads it from the Vite dev server that electron-vite names in ELECTRON_RENDERER_URL.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tidemark';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * `scheme://host[:port]` of a URL, or null when it does not parse. `URL.origin` is "null" for
 * non-special schemes such as `app:`, so it cannot be compared directly.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

export function isAppUrl(url: string, appOrigin: string): boolean {
  return originOf(url) === appOrigin;
}

/** Where the first window loads from, and the origin every IPC sender must have. */
export function resolveAppEntry(
  devServerUrl: string | undefined,
  isPackaged: boolean,
): { url: string; origin: string } {
  const devOrigin = !isPackaged && devServerUrl ? originOf(devServerUrl) : null;
  if (devServerUrl && devOrigin) return { url: devServerUrl, origin: devOrigin };
  return { url: `${APP_ORIGIN}/index.html`, origin: APP_ORIGIN };
}
