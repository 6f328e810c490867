import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { BinaryContentError, decodeBytes } from "../../../src/extract/decode.js";

const text = "التقى وزير الخارجية الروسي نظيره التركي";

describe("decodeBytes", () => {
  it("decodes UTF-8 without BOM", () => {
    expect(decodeBytes(new TextEncoder().encode(text))).toEqual({ text, encoding: "utf-8" });
  });
  it("strips a UTF-8 BOM", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeBytes(bytes)).toEqual({ text, encoding: "utf-8-bom" });
  });
  it("detects Windows-1256", () => {
    const bytes = new Uint8Array(iconv.encode(text, "windows-1256"));
    expect(decodeBytes(bytes)).toEqual({ text, encoding: "windows-1256" });
  });
  it("rejects binary content with a specific error", () => {
    expect(() => decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toThrow(BinaryContentError);
    expect(() => decodeBytes(new Uint8Array([0x41, 0x00, 0x42]))).toThrow(/NUL/);
  });
});
