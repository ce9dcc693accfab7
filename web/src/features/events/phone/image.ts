/**
 * Photos are shrunk on the phone before they are sent: a 12-megapixel camera picture (4–8 MB) becomes a
 * ~1600 px JPEG of a few hundred kB, which goes through a weak mobile network and is still sharp enough to
 * see a broken lamp or a crack.
 */

/** The longest edge a photo is sent at. */
export const MAX_EDGE = 1600;
export const JPEG_QUALITY = 0.85;
/** A photo already this small (and small enough in pixels) is sent as it is. */
export const KEEP_BYTES = 1.5 * 1024 * 1024;
/** What the server takes (it checks the content again). */
export const SENDABLE_TYPES: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'];
/** The server's limit; a photo still larger after shrinking is refused here, before it is sent. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface Size {
  width: number;
  height: number;
}

/** The size that fits within `maxEdge` on its longer side, keeping the proportions (never enlarged). */
export function fitWithin(size: Size, maxEdge = MAX_EDGE): Size {
  const longest = Math.max(size.width, size.height);
  if (longest <= maxEdge || longest <= 0) return { width: size.width, height: size.height };
  const scale = maxEdge / longest;
  return {
    width: Math.max(1, Math.round(size.width * scale)),
    height: Math.max(1, Math.round(size.height * scale)),
  };
}

/** Whether a photo must be re-encoded: a type the server refuses (HEIC …), too many pixels, or too many bytes. */
export function needsReencoding(photo: { type: string; size: number } & Size): boolean {
  return (
    !SENDABLE_TYPES.includes(photo.type) ||
    Math.max(photo.width, photo.height) > MAX_EDGE ||
    photo.size > KEEP_BYTES
  );
}

/** `IMG_0001.HEIC` → `IMG_0001.jpg`: the name of the re-encoded photo. */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./\\]*$/, '') || 'photo';
  return `${base}.jpg`;
}

export class UnreadablePhotoError extends Error {
  override readonly name = 'UnreadablePhotoError';
}

export interface PreparedPhoto {
  blob: Blob;
  name: string;
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
}

/**
 * The photo as it will be sent: as taken when it is already small, else drawn onto a canvas at
 * {@link fitWithin} and encoded as JPEG (the camera's rotation is applied while decoding). A picture the
 * browser cannot decode is sent as it is when the server may take it, else refused.
 */
export async function preparePhoto(file: File): Promise<PreparedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    if (SENDABLE_TYPES.includes(file.type) && file.size <= MAX_UPLOAD_BYTES)
      return { blob: file, name: file.name };
    throw new UnreadablePhotoError(file.name);
  }
  try {
    if (!needsReencoding({ type: file.type, size: file.size, width: bitmap.width, height: bitmap.height }))
      return { blob: file, name: file.name };
    const target = fitWithin(bitmap);
    const canvas = document.createElement('canvas');
    canvas.width = target.width;
    canvas.height = target.height;
    const context = canvas.getContext('2d');
    if (!context) return { blob: file, name: file.name };
    // JPEG has no transparency: a transparent screenshot gets a white background, not a black one.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, target.width, target.height);
    context.drawImage(bitmap, 0, 0, target.width, target.height);
    const blob = await canvasBlob(canvas);
    if (!blob) throw new UnreadablePhotoError(file.name);
    const keepOriginal = SENDABLE_TYPES.includes(file.type) && file.size <= blob.size;
    return keepOriginal ? { blob: file, name: file.name } : { blob, name: jpegName(file.name) };
  } finally {
    bitmap.close();
  }
}
