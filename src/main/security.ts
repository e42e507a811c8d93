import { app, session, type Session, type WebContents } from 'electron';
import { isAppUrl } from './app-url';

/** The renderer never leaves the app: no navigation elsewhere, no pop-ups, no <webview>. */
export function guardWebContents(contents: WebContents, appOrigin: string): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appOrigin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
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
