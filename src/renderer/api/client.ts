import i18next from 'i18next';
import { createClient } from '../../shared/client';
import { bridge } from './bridge';
import { httpTransport } from './http-transport';
import { ipcTransport } from './ipc-transport';
import { uploadFile, type FileRef } from './upload';

export const API_BASE = '/api';

/** The one client the UI uses; only the transport differs between Electron and the browser host. */
export const api = createClient(bridge ? ipcTransport(bridge) : httpTransport(API_BASE));

/** A dropped file as the core wants it: its path on disk in Electron, an uploaded copy in the browser. */
export async function fileRefFor(file: File): Promise<FileRef> {
  if (bridge) {
    const path = bridge.pathForFile(file);
    if (!path) throw new Error(i18next.t('apiErrors.notOnDisk', { file: file.name }));
    return { path, name: file.name };
  }
  return uploadFile(API_BASE, file);
}
