// The whole preload. Built as CommonJS (out/preload/index.cjs) so it loads under `sandbox: true`;
// it imports only zod-free shared code, so the bundle stays a few lines.
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { BRIDGE_EVENT, BRIDGE_INVOKE, BRIDGE_KEY, type TidemarkBridge } from '../shared/bridge';
import type { AppEvent } from '../shared/contract';

const bridge: TidemarkBridge = {
  call: (method, input) => ipcRenderer.invoke(BRIDGE_INVOKE, method, input),
  onEvent(listener) {
    // Wrapped so the page never sees the IpcRendererEvent, which carries `sender`.
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(BRIDGE_EVENT, forward);
    return () => void ipcRenderer.removeListener(BRIDGE_EVENT, forward);
  },
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
