// Save a Blob under a file name through a temporary <a download>, the one way every browser supports.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  // Firefox only follows links that are in the document.
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking synchronously can cancel the download before the browser has read the Blob.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
