import type { Transport } from '../../shared/client';
import type { TidemarkBridge } from '../../shared/bridge';

/** Electron: the preload already speaks the transport's shape. */
export function ipcTransport(bridge: TidemarkBridge): Transport {
  return { call: (method, input) => bridge.call(method, input), onEvent: (listener) => bridge.onEvent(listener) };
}
