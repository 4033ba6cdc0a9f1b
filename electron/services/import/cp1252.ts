/**
 * Windows-1252 decoding. Written out because Node 20's TextDecoder('windows-1252') decodes as
 * ISO-8859-1 (0x93 becomes U+0093 instead of “), which would silently drop smart quotes and dashes.
 * Mapping per the WHATWG Encoding Standard (0x81, 0x8D, 0x8F, 0x90, 0x9D map to the C1 controls).
 */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d,
  0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d,
  0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    units[i] = b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : b;
  }
  const parts: string[] = [];
  // fromCharCode in chunks: spreading megabytes at once would overflow the call stack.
  for (let i = 0; i < units.length; i += 8192) parts.push(String.fromCharCode(...units.subarray(i, i + 8192)));
  return parts.join('');
}
