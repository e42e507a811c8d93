// The only file in main that touches ipcMain: one invoke channel in, one event channel out.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { BRIDGE_EVENT, BRIDGE_INVOKE } from '../shared/bridge';
import type { AppEvent } from '../shared/contract';
import type { Result } from '../shared/errors';
import { refusalForPage } from '../shared/renderer-policy';
import { isAppUrl } from './app-url';
import { withSavePath, type ChooseSavePath } from './export-destination';

/** The part of the core IPC needs; `Core` from src/core satisfies it. */
export type CoreChannel = {
  dispatch(method: string, input: unknown): Promise<Result<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
};

export type IpcOptions = {
  core: CoreChannel;
  appOrigin: string;
  /** The web contents of the app's own windows. */
  appContents: () => readonly WebContents[];
  log?: (message: string) => void;
  /** The native save dialog, for exports the page asks to save (`deliver: 'ask'`); without it they are refused. */
  chooseSavePath?: ChooseSavePath;
};

/**
 * A call is served only from the top frame of one of the app's windows while it shows the app's own
 * origin: an iframe, a stray page or a window the app did not open never reaches the core.
 */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  appOrigin: string,
  appContents: () => readonly WebContents[],
): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!appContents().includes(event.sender)) return false;
  return isAppUrl(frame.url, appOrigin);
}

function refusal(message: string): Result<never> {
  return { ok: false, error: { code: 'bad_input', message } };
}

/** Sends an event to every live window showing the app's own origin: the core's events and the menu's commands. */
export function sendAppEvent(appEvent: AppEvent, appOrigin: string, appContents: () => readonly WebContents[]): void {
  for (const contents of appContents()) {
    if (!contents.isDestroyed() && isAppUrl(contents.getURL(), appOrigin)) contents.send(BRIDGE_EVENT, appEvent);
  }
}

/** Wires the channel; returns a function that unwires it (on quit, and in tests). */
export function registerIpc({ core, appOrigin, appContents, log, chooseSavePath }: IpcOptions): () => void {
  ipcMain.handle(BRIDGE_INVOKE, async (event, method: unknown, input: unknown) => {
    if (!isTrustedSender(event, appOrigin, appContents)) {
      log?.(`Refused a call to ${String(method)} from ${event.senderFrame?.url ?? 'a frame that is gone'}.`);
      return refusal('This request did not come from a Tidemark window, so it was refused.');
    }
    if (typeof method !== 'string') return refusal('The method name must be text.');
    const forbidden = refusalForPage(method, input);
    if (forbidden) return refusal(forbidden);
    const noDialog: ChooseSavePath = async () => null;
    const chosen = await withSavePath(method, input, event.sender, chooseSavePath ?? noDialog);
    if ('answer' in chosen) return chosen.answer;
    return core.dispatch(method, chosen.input);
  });

  const stopEvents = core.onEvent((appEvent) => sendAppEvent(appEvent, appOrigin, appContents));

  return () => {
    ipcMain.removeHandler(BRIDGE_INVOKE);
    stopEvents();
  };
}
