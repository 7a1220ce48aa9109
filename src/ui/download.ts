/** Saves bytes or text as a file in the user's downloads, through a Blob and an <a download>. */
export function downloadFile(data: ArrayBuffer | string | Blob, fileName: string, type: string) {
  const blob = data instanceof Blob ? data : new Blob([data], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked a moment later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves a value as a pretty-printed JSON file. */
export function downloadJson(value: unknown, fileName: string) {
  downloadFile(JSON.stringify(value, null, 2) + '\n', fileName, 'application/json');
}
