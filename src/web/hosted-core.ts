import type { Core } from '../core';

/**
 * The core the browser host serves: in a thread of its own (`RemoteCore`, src/core/process) when run
 * as `npm run web`, or a `Core` in this thread (tests). Only fetching a held export and closing differ.
 */
export type HostedCore = Pick<Core, 'dispatch' | 'onEvent'> & {
  takeDownload(id: string): ReturnType<Core['takeDownload']> | Promise<ReturnType<Core['takeDownload']>>;
  close(): void | Promise<void>;
};
