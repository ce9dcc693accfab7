/**
 * GeoReport v2's XML is the JSON's mirror (the Spark convention): an object is an element with one child per field,
 * a list is an element with one child per item, named by the singular below, and null is an empty element.
 */

const ITEM: Readonly<Record<string, string>> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

// Characters XML 1.0 cannot carry at all, even escaped (a resident's text may hold a stray control character).
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export const escapeXml = (text: string) =>
  text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITY[c] ?? c);

function element(name: string, value: unknown): string {
  if (value === null || value === undefined) return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM[name] ?? 'item';
    return value.length ? `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>` : `<${name}/>`;
  }
  if (typeof value === 'object') {
    const children = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => element(k, v))
      .join('');
    return children ? `<${name}>${children}</${name}>` : `<${name}/>`;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return `<${name}>${escapeXml(String(value))}</${name}>`;
  return `<${name}/>`;
}

/** A whole document: `toXml('services', [...])` → `<services><service>…</service></services>`. */
export function toXml(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value)}\n`;
}
