/** Registry import (multipart upload with progress), its templates and the ledger exports (docs/API.md "Import and export"). */
import { getCsrfToken, refreshCsrfToken } from './client';
import { ApiError, apiErrorFromResponse } from './errors';

export const IMPORT_KINDS = ['houses', 'residents'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_MODES = ['all', 'valid_rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export const TEMPLATE_FORMATS = ['xlsx', 'csv'] as const;
export type TemplateFormat = (typeof TEMPLATE_FORMATS)[number];

export const LEDGERS = ['houses', 'residents', 'overdue'] as const;
export type Ledger = (typeof LEDGERS)[number];

/** One problem of one cell: `row` as the spreadsheet numbers it (the header is row 1). */
export interface ImportProblem {
  row: number;
  column: string;
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export interface ImportReport {
  imported: number;
  rejected: ImportProblem[];
}

export interface ImportRequest {
  file: File;
  kind: ImportKind;
  mode: ImportMode;
}

const API_PREFIX = '/api/v1';

export function templateUrl(kind: ImportKind, format: TemplateFormat): string {
  return `${API_PREFIX}/registry/imports/template?${new URLSearchParams({ kind, format }).toString()}`;
}

export function ledgerUrl(ledger: Ledger, placeId: number | undefined): string {
  const query =
    placeId === undefined ? '' : `?${new URLSearchParams({ placeId: String(placeId) }).toString()}`;
  return `${API_PREFIX}/registry/exports/${ledger}${query}`;
}

function isProblem(value: unknown): value is ImportProblem {
  return typeof value === 'object' && value !== null && 'row' in value && 'message' in value;
}

/** The per-row report a rejected import carries in `details.rejected` (empty for other errors). */
export function rejectedRows(error: unknown): ImportProblem[] {
  if (!(error instanceof ApiError)) return [];
  const rejected = error.details?.rejected;
  return Array.isArray(rejected) ? rejected.filter(isProblem) : [];
}

function sendOnce(
  { file, kind, mode }: ImportRequest,
  onProgress: (percent: number) => void,
  signal?: AbortSignal,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_PREFIX}/registry/imports`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    const token = getCsrfToken();
    if (token) xhr.setRequestHeader('x-csrf-token', token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0)
        onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      onProgress(100);
      resolve(
        new Response(xhr.status === 204 ? null : xhr.responseText, {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: { 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' },
        }),
      );
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', 'network error'));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    const body = new FormData();
    body.append('kind', kind);
    body.append('mode', mode);
    body.append('file', file, file.name);
    xhr.send(body);
  });
}

/**
 * `POST /registry/imports` through XMLHttpRequest, so the upload reports its progress (0–100).
 * Resolves with the report; a rejected import rejects with an `ApiError` whose rows {@link rejectedRows} reads.
 */
export async function uploadImport(
  request: ImportRequest,
  onProgress: (percent: number) => void,
  signal?: AbortSignal,
): Promise<ImportReport> {
  let response = await sendOnce(request, onProgress, signal);
  if (response.status === 403) {
    const error = await apiErrorFromResponse(response.clone());
    if (error.code === 'csrf') {
      await refreshCsrfToken();
      onProgress(0);
      response = await sendOnce(request, onProgress, signal);
    }
  }
  if (response.ok) return (await response.json()) as ImportReport;
  throw await apiErrorFromResponse(response);
}
