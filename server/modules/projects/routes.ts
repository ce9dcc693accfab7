import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { callerOf } from '../../http/auth';
import { errorBody } from '../../http/errors';
import { pageQuery } from '../../http/pagination';
import { idParams } from '../org/schema';
import { attachment, XLSX_TYPE } from '../registry/import/template';
import * as s from './schema';
import type { ProjectsService } from './service';

const errors = { 400: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const listQuery = z.object(pageQuery);

/** Partner units, the needs and resources lists and micro-projects with their ledgers: docs/API.md "Projects". */
export const projectRoutes =
  (v: ProjectsService): FastifyPluginAsyncZod =>
  async (app) => {
    const partners = ['partners'];
    app.get(
      '/partners',
      {
        schema: {
          tags: partners,
          querystring: s.listPartnersQuery,
          response: { 200: s.partnerPage, ...errors },
        },
      },
      async (req) => v.listPartners(callerOf(req), req.query),
    );
    app.post(
      '/partners',
      { schema: { tags: partners, body: s.partnerBody, response: { 201: s.partner, ...errors } } },
      async (req, reply) => reply.status(201).send(await v.createPartner(callerOf(req), req.body)),
    );
    app.get(
      '/partners/:id',
      { schema: { tags: partners, params: idParams, response: { 200: s.partner, ...errors } } },
      async (req) => v.getPartner(callerOf(req), req.params.id),
    );
    app.patch(
      '/partners/:id',
      {
        schema: {
          tags: partners,
          params: idParams,
          body: s.partnerPatch,
          response: { 200: s.partner, ...errors },
        },
      },
      async (req) => v.updatePartner(callerOf(req), req.params.id, req.body),
    );
    app.post(
      '/partners/:id/archive',
      {
        schema: {
          tags: partners,
          params: idParams,
          response: { 200: s.partner, ...errors },
          description: 'The unit takes no new agreement, fulfilment or resource; its record stays',
        },
      },
      async (req) => v.archivePartner(callerOf(req), req.params.id),
    );
    app.post(
      '/partners/:id/agreements',
      {
        schema: {
          tags: partners,
          params: idParams,
          body: s.agreementBody,
          response: { 201: s.partner, ...errors },
          description: 'A co-building agreement; without `commitments`, seed 001’s three are signed',
        },
      },
      async (req, reply) =>
        reply.status(201).send(await v.signAgreement(callerOf(req), req.params.id, req.body)),
    );
    app.post(
      '/partners/:id/fulfilments',
      {
        schema: {
          tags: partners,
          params: idParams,
          body: s.fulfilmentBody,
          response: { 201: s.partner, ...errors },
        },
      },
      async (req, reply) =>
        reply.status(201).send(await v.recordFulfilment(callerOf(req), req.params.id, req.body)),
    );

    const tags = ['projects'];
    app.get(
      '/projects/needs',
      { schema: { tags, querystring: s.listNeedsQuery, response: { 200: s.needPage, ...errors } } },
      async (req) => v.listNeeds(callerOf(req), req.query),
    );
    app.post(
      '/projects/needs',
      {
        schema: {
          tags,
          body: s.needBody,
          response: { 201: s.need, ...errors },
          description:
            'A resident raises a need for their home compound; staff also from a topic or an event',
        },
      },
      async (req, reply) => reply.status(201).send(await v.raiseNeed(callerOf(req), req.body)),
    );
    app.get(
      '/projects/resources',
      { schema: { tags, querystring: s.listResourcesQuery, response: { 200: s.resourcePage, ...errors } } },
      async (req) => v.listResources(callerOf(req), req.query),
    );
    app.post(
      '/projects/resources',
      { schema: { tags, body: s.resourceBody, response: { 201: s.resource, ...errors } } },
      async (req, reply) => reply.status(201).send(await v.addResource(callerOf(req), req.body)),
    );
    app.patch(
      '/projects/resources/:id',
      { schema: { tags, params: idParams, body: s.resourcePatch, response: { 200: s.resource, ...errors } } },
      async (req) => v.updateResource(callerOf(req), req.params.id, req.body),
    );
    app.post(
      '/projects/resources/:id/archive',
      {
        schema: {
          tags,
          params: idParams,
          response: { 200: s.resource, ...errors },
          description: 'Offered to no new project; the projects that drew on it keep it',
        },
      },
      async (req) => v.archiveResource(callerOf(req), req.params.id),
    );
    app.get(
      '/projects',
      { schema: { tags, querystring: s.listProjectsQuery, response: { 200: s.projectPage, ...errors } } },
      async (req) => v.listProjects(callerOf(req), req.query),
    );
    app.post(
      '/projects',
      { schema: { tags, body: s.projectBody, response: { 201: s.project, ...errors } } },
      async (req, reply) => reply.status(201).send(await v.createProject(callerOf(req), req.body)),
    );
    app.get(
      '/projects/:id',
      { schema: { tags, params: idParams, response: { 200: s.project, ...errors } } },
      async (req) => v.getProject(callerOf(req), req.params.id),
    );
    app.patch(
      '/projects/:id',
      {
        schema: {
          tags,
          params: idParams,
          body: s.projectPatch,
          response: { 200: s.project, ...errors },
          description: 'While proposed; `needIds` and `resourceIds`, when given, replace the links',
        },
      },
      async (req) => v.updateProject(callerOf(req), req.params.id, req.body),
    );
    app.post(
      '/projects/:id/actions/:action',
      {
        schema: {
          tags,
          params: s.actionParams,
          body: s.actionBody,
          response: { 200: s.project, ...errors },
          description:
            'approve (by the community or a passed owner vote) → start → accept (with photos) → close; ' +
            'cancel (with `note`, the reason) before acceptance, at a zero balance',
        },
      },
      async (req) => v.act(callerOf(req), req.params.id, req.params.action, req.body ?? {}),
    );
    app.get(
      '/projects/:id/entries',
      {
        schema: { tags, params: idParams, querystring: listQuery, response: { 200: s.entryPage, ...errors } },
      },
      async (req) => v.entries(callerOf(req), req.params.id, req.query),
    );
    app.post(
      '/projects/:id/entries',
      { schema: { tags, params: idParams, body: s.entryBody, response: { 201: s.entry, ...errors } } },
      async (req, reply) =>
        reply.status(201).send(await v.recordEntry(callerOf(req), req.params.id, req.body)),
    );
    app.post(
      '/projects/:id/contributions',
      {
        schema: {
          tags,
          params: idParams,
          body: s.contributionBody,
          response: { 201: s.entry, ...errors },
          description:
            "A resident's crowdfunding contribution (cents); the answer carries its receipt number",
        },
      },
      async (req, reply) =>
        reply.status(201).send(await v.contribute(callerOf(req), req.params.id, req.body)),
    );
    app.get(
      '/projects/:id/ledger.xlsx',
      { schema: { tags, params: idParams, description: "A project's money ledger (收支台账) as xlsx" } },
      async (req, reply) => {
        const file = await v.ledgerFile(callerOf(req), req.params.id);
        return reply
          .header('content-type', XLSX_TYPE)
          .header(
            'content-disposition',
            attachment({
              ascii: `linli-project-${file.project.id}.xlsx`,
              zh: `项目收支台账-${file.project.id}.xlsx`,
            }),
          )
          .send(file.content);
      },
    );
    app.get(
      '/projects/:id/photos/:photoId',
      { schema: { tags, params: s.photoParams } },
      async (req, reply) => {
        const file = await v.photo(callerOf(req), req.params.id, req.params.photoId);
        return reply
          .header('content-type', file.mime)
          .header('cache-control', 'private, max-age=3600')
          .header('content-disposition', 'inline')
          .send(file.stream);
      },
    );
  };
