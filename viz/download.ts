// Saves text or a blob as a download (blob: URL, allowed by the page's img-src/CSP; no server).
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoked after the click has been handled: the download has its own copy by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}

/** A file name from a graph kind ("citegraph-coauthor-nodes.csv"). */
export function fileNameFor(kind: string, suffix: string): string {
  return `citegraph-${kind}${suffix}`.replace(/[^a-z0-9.-]+/gi, '-');
}
