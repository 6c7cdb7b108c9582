/** Content errors: collected across all files, printed together, and the build writes nothing. */

export interface Location {
  /** Path as shown to the author, relative to the repository when possible. */
  file: string;
  line: number;
  col: number;
  /** What inside the file: `front matter "category"`, `"items[3].answer"`, `column "開始時間"`. */
  where?: string;
}

export interface ContentError extends Location {
  message: string;
}

export function formatError(e: ContentError): string {
  return `${e.file}:${e.line}:${e.col} ${e.where ? `${e.where}: ` : ''}${e.message}`;
}

/** Where errors go while sources load; a stage can ask whether anything went wrong so far. */
export class ErrorSink {
  readonly errors: ContentError[] = [];

  add(at: Location, message: string): void {
    this.errors.push({ ...at, message });
  }

  get count(): number {
    return this.errors.length;
  }

  /** Sorted by file, then position: the order an author fixes them in. */
  sorted(): ContentError[] {
    return [...this.errors].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col);
  }
}
