import { BRIDGE_KEY, type TidemarkBridge } from '../../shared/bridge';

declare global {
  interface Window {
    [BRIDGE_KEY]?: TidemarkBridge;
  }
}

/** The Electron preload's bridge, or undefined when the page runs in a plain browser via the browser host. */
export const bridge: TidemarkBridge | undefined = window[BRIDGE_KEY];
