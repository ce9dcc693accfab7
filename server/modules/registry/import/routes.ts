import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody } from '../../../http/errors';
import { callerOf } from '../../../http/auth';
import { id } from '../../org/schema';
import { readImportForm } from './form';
import { LEDGER_NAMES, type ledgerService } from './ledger';
import { importReport } from './report';
import { IMPORT_KINDS, type importService } from './service';
import { attachment, templateFile, XLSX_TYPE } from './template';

const templateQuery = z.object({
  kind: z.enum(IMPORT_KINDS),
  format: z.enum(['xlsx', 'csv']).default('xlsx'),
});
const ledgerParams = z.object({ ledger: z.enum(LEDGER_NAMES) });
const ledgerQuery = z.object({ placeId: id });

/** Import (multipart), its templates, and the ledger exports; docs/API.md "Import and export". */
export const registryImportRoutes =
  (
    imports: ReturnType<typeof importService>,
    ledgers: ReturnType<typeof ledgerService>,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['registry'];
    app.post(
      '/registry/imports',
      {
        schema: {
          tags,
          consumes: ['multipart/form-data'],
          description:
            'multipart: `file` (.xlsx or UTF-8 .csv, ≤ 20 MB), `kind` (houses | residents), `mode` (all | valid_rows)',
          response: { 200: importReport, 400: errorBody },
        },
      },
      async (req) => imports.run(callerOf(req), await readImportForm(req)),
    );
    app.get(
      '/registry/imports/template',
      { schema: { tags, querystring: templateQuery } },
      async (req, reply) => {
        const file = await templateFile(req.query.kind, req.query.format);
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', attachment(file.fileName))
          .send(file.body);
      },
    );
    app.get(
      '/registry/exports/:ledger',
      { schema: { tags, params: ledgerParams, querystring: ledgerQuery } },
      async (req, reply) => {
        const ledger = await ledgers.open(callerOf(req), req.params.ledger, req.query.placeId);
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', attachment(ledger.fileName))
          .send(ledger.stream);
      },
    );
  };
