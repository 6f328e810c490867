/** Bytes → text: UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1256; binary content is rejected. */
import iconv from "iconv-lite";

/** Thrown when a file is not text (images, archives, PDFs …). */
export class BinaryContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BinaryContentError";
  }
}

/** The decoded text and the encoding that was detected. */
export interface DecodedText {
  text: string;
  encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1256";
  /** Set when bytes had to be replaced (a UTF-8 file with a few invalid bytes). */
  warning?: string;
}

const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], "PDF"],
  [[0x89, 0x50, 0x4e, 0x47], "PNG"],
  [[0xff, 0xd8, 0xff], "JPEG"],
  [[0x50, 0x4b, 0x03, 0x04], "ZIP"],
  [[0x1f, 0x8b], "gzip"],
  [[0x47, 0x49, 0x46, 0x38], "GIF"],
];

/** Decodes article bytes, detecting the encoding; throws BinaryContentError for non-text content. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  }
  for (const [sig, what] of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b))
      throw new BinaryContentError(`binary content (${what}), not a text article`);
  }
  // Control bytes other than tab/newline/CR/form feed do not occur in text in any of the encodings we accept.
  let control = 0;
  const probe = Math.min(bytes.length, 65536);
  for (let i = 0; i < probe; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) throw new BinaryContentError("binary content (NUL bytes), not a text article");
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (probe > 0 && control / probe > 0.01)
    throw new BinaryContentError("binary content (control bytes), not a text article");
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    const scan = scanUtf8(bytes);
    // Mostly well-formed UTF-8 with a few bad bytes is a damaged UTF-8 file, not Windows-1256: decoding it as 1256
    // would garble every Arabic letter. Keep the text, replace the bad bytes, and say where they are.
    if (scan.valid >= 8 * scan.invalid) {
      return {
        text: new TextDecoder("utf-8").decode(bytes),
        encoding: "utf-8",
        warning: `invalid UTF-8: ${scan.invalid} byte sequence(s) replaced with U+FFFD, the first at byte ${scan.firstInvalid}`,
      };
    }
    // Not UTF-8: Arabic archives are overwhelmingly Windows-1256 (every byte is defined in it).
    return { text: iconv.decode(Buffer.from(bytes), "windows-1256"), encoding: "windows-1256" };
  }
}

/** Counts well-formed multi-byte UTF-8 sequences and invalid bytes (structure only; enough to tell 1256 apart). */
function scanUtf8(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    const need =
      b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need >= 0;
    for (let k = 1; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    if (!ok) {
      invalid++;
      if (firstInvalid < 0) firstInvalid = i;
      i++;
    } else {
      if (need > 0) valid++;
      i += need + 1;
    }
  }
  return { valid, invalid, firstInvalid };
}
