/** `tel:` wants the digits (and a leading +) only: "0755-8300 0000" → "tel:075583000000". */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
