/** Saves bytes or text as a file in the user's downloads, through a Blob and an <a download>. */
export function downloadFile(data: ArrayBuffer | string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked a moment later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
