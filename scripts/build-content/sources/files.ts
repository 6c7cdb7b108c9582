import { readdir, readFile } from 'node:fs/promises';

/** Sorted file names with an extension in a content folder; undefined when the folder is absent. */
export async function listFiles(dir: string, extension: string): Promise<string[] | undefined> {
  try {
    const names = await readdir(dir);
    return names.filter((name) => name.endsWith(extension) && !name.startsWith('.')).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

export async function readText(path: string): Promise<string> {
  return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
}
