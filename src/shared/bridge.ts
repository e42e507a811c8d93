// What the Electron preload exposes, and the IPC channel names it shares with main. Kept free of zod
// (type imports only) because the sandboxed preload bundles everything it imports.
import type { Transport } from './client';

/** The renderer uses it as a `Transport`; `pathForFile` gives a dropped `File`'s path on disk ("" if none). */
export type TidemarkBridge = Transport & { pathForFile(file: File): string };

/** The global the preload exposes the bridge as: `window.tidemark`. */
export const BRIDGE_KEY = 'tidemark';

/** The one invoke channel and the one event channel between main and preload. */
export const BRIDGE_INVOKE = 'tidemark:call';
export const BRIDGE_EVENT = 'tidemark:event';
