// The multipart form of an import: `file`, `kind`, `mode`. Read whole into memory: 20 MB at most, and the
// xlsx reader needs the complete archive anyway.
import type {} from '@fastify/multipart'; // declares req.parts()
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError, invalid } from '../../../http/errors';
import { IMPORT_KINDS, IMPORT_MODES, type ImportFile, type ImportRequest } from './service';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const fields = z.object({ kind: z.enum(IMPORT_KINDS), mode: z.enum(IMPORT_MODES).default('all') });
const LIMIT_CODES = new Set([
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_FIELDS_LIMIT',
  'FST_PARTS_LIMIT',
]);

export async function readImportForm(req: FastifyRequest): Promise<ImportRequest> {
  if (!req.isMultipart())
    throw new AppError('unsupported_media_type', 'send the file as multipart/form-data');
  const values: Record<string, unknown> = {};
  let file: ImportFile | undefined;
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_FILE_BYTES, files: 1, fields: 5 } })) {
      if (part.type === 'field') {
        values[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== 'file')
        throw invalid([{ path: `body.${part.fieldname}`, message: 'unexpected file' }]);
      // Only the base name: a browser may send a path, and the name goes into the audit log.
      const name = part.filename.split(/[\\/]/).pop()?.slice(0, 200) ?? '';
      file = { name, mimeType: part.mimetype, content: await part.toBuffer() };
    }
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (typeof code === 'string' && LIMIT_CODES.has(code))
      throw new AppError('too_large', `the file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
    throw err;
  }
  const parsed = fields.safeParse(values);
  if (!parsed.success)
    throw invalid(
      parsed.error.issues.map((i) => ({ path: ['body', ...i.path].join('.'), message: i.message })),
    );
  if (!file) throw invalid([{ path: 'body.file', message: 'attach the .xlsx or .csv file as `file`' }]);
  return { ...parsed.data, file };
}
