/** Bringing files in: drop or pick them, preview and map each, and watch the queue of imports. */
export { DropZone } from './DropZone';
export { FilePicker, type FilePickerHandle } from './FilePicker';
export { ImportDialog } from './ImportDialog';
export { ImportJobs } from './ImportJobs';
export { useImportQueue, type ImportQueue } from './use-import-queue';
