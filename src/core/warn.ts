const warned = new Set<string>();

/** Developer-facing warnings: one prefix, a stable code, each message printed once. Never include shopper input. */
export function warnOnce(code: string, message: string): void {
  const line = `[DigitalRiver] ${code}: ${message}`;
  if (warned.has(line)) return;
  warned.add(line);
  console.warn(line);
}
