// Folders arrive as directory entries (webkitGetAsEntry); their files are read recursively. Where the
// API is missing, the plain file list is all there is.

const MAX_FILES = 500;

const hidden = (name: string) => name.startsWith('.');
const pathOf = (f: File) => f.webkitRelativePath || f.name;

/** A folder's data files: hidden ones (.DS_Store and the like) are never data; path order, at most 500. */
export function dataFilesOf(files: File[]): File[] {
  return files
    .filter((f) => !pathOf(f).split('/').some(hidden))
    .sort((a, b) => pathOf(a).localeCompare(pathOf(b)))
    .slice(0, MAX_FILES);
}

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries hands out at most ~100 entries per call; keep asking until it returns none.
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(entry: FileSystemEntry, out: File[]): Promise<void> {
  if (out.length >= MAX_FILES) return;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    if (!hidden(file.name)) out.push(file);
    return;
  }
  if (entry.isDirectory && !hidden(entry.name)) {
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) await walk(child, out);
  }
}

/** The files of a drop, with every folder's files in name order; entries must be taken synchronously. */
export function droppedFiles(data: DataTransfer): Promise<File[]> {
  const items = Array.from(data.items ?? []).filter((i) => i.kind === 'file');
  const entries = items.map((i) => (typeof i.webkitGetAsEntry === 'function' ? i.webkitGetAsEntry() : null));
  const plain = Array.from(data.files);
  if (!entries.some((e) => e?.isDirectory)) return Promise.resolve(plain);
  return (async () => {
    const out: File[] = [];
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i];
      if (entry) await walk(entry, out);
      else if (plain[i]) out.push(plain[i]!);
    }
    return out.slice(0, MAX_FILES);
  })();
}
