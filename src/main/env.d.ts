// `?nodeWorker` / `?modulePath` imports, resolved by electron-vite at build time.
/// <reference types="electron-vite/node" />
