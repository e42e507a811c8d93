import { app, session, shell, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-url';
import { isExternalWebLink } from './external-links';

/**
 * The renderer never leaves the app: no navigation elsewhere, no pop-ups, no <webview>. A link the
 * page opens in a new window (a record's source URL) goes to the system browser, if it is http(s).
 */
export function guardWebContents(contents: WebContents, appOrigin: string): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}

/** Tidemark needs no camera, notifications, geolocation or the like, so every request is refused. */
export function denyPermissions(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}

/** Call once, after `app` is ready. */
export function applySecurity(appOrigin: string): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appOrigin));
  denyPermissions(session.defaultSession);
}
