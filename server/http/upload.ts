import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, errorBody } from './errors';

/**
 * The one file of a multipart upload, field `file`, read whole within `maxBytes`: 415 when the body is not
 * multipart, 413 when the file is larger, 400 when there is no `file`.
 */
export async function readUploadedFile(req: FastifyRequest, maxBytes: number, what: string): Promise<Buffer> {
  if (!req.isMultipart())
    throw new AppError('unsupported_media_type', `send the ${what} as multipart/form-data`);
  let data: Buffer | undefined;
  try {
    const part = await req.file({ limits: { fileSize: maxBytes, files: 1, fields: 2 } });
    if (part?.fieldname === 'file') data = await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw new AppError('too_large', `the ${what} may be at most ${Math.round(maxBytes / 1024 / 1024)} MB`);
    throw err;
  }
  if (!data)
    throw new AppError('validation', `attach the ${what} as \`file\``, {
      fields: [{ path: 'body.file', message: 'missing' }],
    });
  return data;
}

/** What an upload route answers: the id to attach later, and the refusals of `readUploadedFile`. */
export const uploadResponses = {
  201: z.object({ id: z.string(), mime: z.string(), size: z.number() }),
  400: errorBody,
  413: errorBody,
  415: errorBody,
};
