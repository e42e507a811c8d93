/// <reference lib="dom" />
import type { Page } from '@playwright/test';

export type DroppedFile = { name: string; type: string; content: Buffer };

/**
 * Drops files onto the window the way a person's drag from the file manager does: a real DataTransfer
 * built in the page, carried by dragenter, dragover and drop events.
 */
export async function dropFiles(page: Page, files: DroppedFile[], beforeDrop?: () => Promise<void>): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, type: f.type, base64: f.content.toString('base64') }));
  const dataTransfer = await page.evaluateHandle((items) => {
    const dt = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], item.name, { type: item.type }));
    }
    return dt;
  }, payload);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  await beforeDrop?.();
  await page.dispatchEvent('main', 'drop', { dataTransfer });
  await dataTransfer.dispose();
}
