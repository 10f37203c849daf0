import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jpegHeader, solidPng } from "../../tests/support/images";
import { LOGO_MAX_BYTES, checkLogo, logoBox } from "./logo";

describe("checkLogo", () => {
  it("accepts a PNG and reads its size from the header", () => {
    expect(checkLogo(solidPng(120, 40))).toEqual({ ok: true, contentType: "image/png", width: 120, height: 40 });
  });

  it("accepts a JPEG and reads its size from the frame header", () => {
    expect(checkLogo(jpegHeader(300, 90))).toEqual({ ok: true, contentType: "image/jpeg", width: 300, height: 90 });
  });

  it("refuses what is not a PNG or a JPEG, whatever it is called", () => {
    for (const bytes of [Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), Buffer.from("GIF89a\x01\x00\x01\x00"), Buffer.from("%PDF-1.7")]) {
      expect(checkLogo(bytes)).toEqual({ ok: false, message: "Upload a PNG or JPEG image" });
    }
    expect(checkLogo(new Uint8Array())).toEqual({ ok: false, message: "Choose an image file to upload" });
  });

  it("refuses images too small, too large in pixels, or too heavy", () => {
    expect(checkLogo(solidPng(8, 40)).ok).toBe(false);
    expect(checkLogo(jpegHeader(2001, 100)).ok).toBe(false);
    const heavy = Buffer.concat([solidPng(100, 100), Buffer.alloc(LOGO_MAX_BYTES)]);
    expect(checkLogo(heavy)).toEqual({ ok: false, message: "Use an image of at most 256 kB" });
  });

  it("never throws, and accepts random bytes only when they carry a valid header", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const check = checkLogo(bytes);
        if (check.ok) expect(bytes[0] === 0x89 || (bytes[0] === 0xff && bytes[1] === 0xd8)).toBe(true);
      }),
    );
    // Truncated real headers: cut anywhere, still no exception.
    for (const image of [solidPng(64, 64), jpegHeader(64, 64)]) {
      for (let end = 0; end < image.length; end++) expect(() => checkLogo(image.subarray(0, end))).not.toThrow();
    }
  });
});

describe("logoBox", () => {
  it("fits the logo in the box without distorting it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 2000 }), fc.integer({ min: 16, max: 2000 }), (width, height) => {
        const box = logoBox({ width, height }, 140, 40);
        expect(box.width).toBeLessThanOrEqual(140.01);
        expect(box.height).toBeLessThanOrEqual(40.01);
        expect(Math.abs(box.width / box.height - width / height)).toBeLessThan((width / height) * 0.02 + 0.02);
      }),
    );
  });
});
