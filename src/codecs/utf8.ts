/**
 * Strict UTF-8 (issue 14): text that is not UTF-8 (a Latin-1 file, a pasted Windows-1252 note) is refused with the
 * byte offset of the first bad byte, never decoded into U+FFFD and then written back, which loses the letters it
 * held. A byte-order mark is kept as the character it is, so a file read and written back keeps its bytes.
 */
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export type Utf8Result = { ok: true; text: string } | { ok: false; offset: number };

/** The length of a well-formed UTF-8 sequence starting at `i`, or 0 when the bytes there are not one. */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] as number;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b0 >= 0xe1 && b0 <= 0xec) || b0 === 0xee || b0 === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** The offset of the first byte that is not part of well-formed UTF-8, or -1 when all of it is. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceAt(bytes, i);
    if (n === 0) return i;
    i += n;
  }
  return -1;
}

/** Decodes UTF-8, or says where it stops being UTF-8. */
export function decodeUtf8(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, offset: Math.max(0, firstInvalidUtf8(bytes)) };
  }
}

/**
 * The error for bytes that are not UTF-8, shaped like a system error (EILSEQ, "illegal byte sequence") so the one
 * place that words errors (ui/messages/describe-error.ts) says it with the offset.
 */
export function invalidUtf8Error(offset: number): Error & { code: 'EILSEQ'; offset: number } {
  return Object.assign(new Error(`not valid UTF-8 (at byte ${offset})`), { code: 'EILSEQ' as const, offset });
}

/** Decodes UTF-8 or throws invalidUtf8Error. */
export function decodeUtf8OrThrow(bytes: Uint8Array): string {
  const result = decodeUtf8(bytes);
  if (!result.ok) throw invalidUtf8Error(result.offset);
  return result.text;
}
