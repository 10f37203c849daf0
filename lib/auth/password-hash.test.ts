import { describe, expect, it } from "vitest";
import { hashPassword, SCRYPT_PARAMS, verifyPassword } from "./password-hash";

describe("scrypt password hashes", () => {
  it("stores the algorithm, its parameters, a salt and the hash", async () => {
    const stored = await hashPassword("a long enough passphrase");
    const [algorithm, n, r, p, salt, hash] = stored.split("$");
    expect([algorithm, Number(n), Number(r), Number(p)]).toEqual(["scrypt", SCRYPT_PARAMS.N, SCRYPT_PARAMS.r, SCRYPT_PARAMS.p]);
    expect(Buffer.from(salt!, "base64url")).toHaveLength(16);
    expect(Buffer.from(hash!, "base64url")).toHaveLength(32);
    expect(stored).not.toContain("passphrase");
  });

  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("a long enough passphrase");
    expect(await verifyPassword("a long enough passphrase", stored)).toBe(true);
    expect(await verifyPassword("a long enough passphrasE", stored)).toBe(false);
    expect(await verifyPassword("", stored)).toBe(false);
  });

  it("salts: the same password hashes differently each time", async () => {
    expect(await hashPassword("same password here")).not.toBe(await hashPassword("same password here"));
  });

  it("verifies with the parameters stored in the hash (so they can be raised later)", async () => {
    const cheap = await hashPassword("old hash password", { N: 1024, r: 8, p: 1 });
    expect(cheap.startsWith("scrypt$1024$8$1$")).toBe(true);
    expect(await verifyPassword("old hash password", cheap)).toBe(true);
  });

  it("never matches a malformed hash", async () => {
    for (const stored of ["", "plain", "bcrypt$10$x$y", "scrypt$0$8$1$AAAA$BBBB", "scrypt$1024$8$1$AAAA$tooShort"]) {
      expect(await verifyPassword("anything at all", stored)).toBe(false);
    }
  });
});
