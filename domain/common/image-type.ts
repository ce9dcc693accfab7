/** The image formats the platform accepts for photos, by their magic bytes (a file name or a declared type proves nothing). */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

const startsWith = (b: Uint8Array, bytes: readonly number[], at = 0) =>
  bytes.every((x, i) => b[at + i] === x);

export function sniffImage(head: Uint8Array): ImageType | null {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  // RIFF <size> WEBP
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  return null;
}

/** What a public notice may carry: the photo formats, and PDF documents (plans, minutes) by their `%PDF-` header. */
export type DocumentType = ImageType | 'application/pdf';

export function sniffDocument(head: Uint8Array): DocumentType | null {
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return sniffImage(head);
}
