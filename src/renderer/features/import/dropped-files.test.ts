import { describe, expect, it } from 'vitest';
import { dataFilesOf } from './dropped-files';

function fileAt(path: string): File {
  const f = new File(['x'], path.split('/').pop()!);
  Object.defineProperty(f, 'webkitRelativePath', { value: path });
  return f;
}

describe('the files of a chosen folder', () => {
  it('are its data files in path order, without hidden files or folders', () => {
    const picked = [
      'gacc/2024/out.csv',
      'gacc/.DS_Store',
      'gacc/2023/in.csv',
      'gacc/.git/config',
      'gacc/2024/in.csv',
    ].map(fileAt);
    expect(dataFilesOf(picked).map((f) => f.webkitRelativePath)).toEqual([
      'gacc/2023/in.csv',
      'gacc/2024/in.csv',
      'gacc/2024/out.csv',
    ]);
  });
});
