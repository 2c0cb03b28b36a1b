/**
 * Offers content as a file to save: a Blob behind a temporary link. Text is written as UTF-8
 * (a CSV's BOM stays the first bytes). The address is released a little later: some browsers read
 * the file after the click has returned.
 */
export function downloadFile(name: string, mime: string, content: string | Blob): void {
  const blob =
    content instanceof Blob ? content : new Blob([content], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** A file name from free text: letters of any script, digits and dashes. */
export function fileSlug(text: string, fallback = 'export'): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return slug || fallback;
}
