// One fuzzed request: who calls (session and browser cookie), from which address, with which path
// parameters, headers and body. The arbitraries here build it; `toRequest` turns it into a Request.
import fc from "fast-check";
import { asHeaderValue, clientAddress, encodeSegment, wellFormed, hostileJson, hostileSegment, hostileString, invalidJsonText, longString } from "./hostile";
import { exampleOf, formFieldsOf, jsonSchemaOf, mutantOf, type JsonSchema } from "./schema-fuzz";
import type { BodySpec, EndpointSpec } from "./routes";
import { recordRefsOf, type World } from "./world";

export const ORIGIN = "http://127.0.0.1:3100";

export const CALLERS = ["signedOut", "owner", "member", "stranger", "consultant", "otherConsultant", "loner", "staleOwner"] as const;
export type Caller = (typeof CALLERS)[number];

export type LengthHeader = "actual" | "absent" | "zero" | "negative" | "huge" | "junk";

export type BodyCase =
  | { kind: "empty"; contentType: string | null }
  | { kind: "json"; value: unknown; contentType: string; length: LengthHeader }
  | { kind: "text"; text: string; contentType: string | null; length: LengthHeader }
  | { kind: "form"; fields: [string, string][]; contentType: string }
  | { kind: "multipart"; fields: [string, string][]; file: UploadedFile | null }
  | { kind: "bytes"; bytes: number[]; contentType: string };

/** A file in a multipart body: its first bytes, zero-padded to `padTo` bytes. */
export interface UploadedFile {
  field: string;
  head: number[];
  padTo: number;
  type: string;
  name: string;
}

const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const u16 = (n: number) => [(n >>> 8) & 255, n & 255];
const dimension = fc.oneof(fc.constantFrom(0, 1, 15, 16, 17, 120, 2000, 2001, 65535, 2 ** 31, 2 ** 32 - 1), fc.integer({ min: 0, max: 5000 }));

/** Image-like bytes: PNG and JPEG headers with edge dimensions, truncated or corrupted, other formats, noise. */
const imageHead: fc.Arbitrary<number[]> = fc.oneof(
  fc.tuple(dimension, dimension, fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 16 })).map(([w, h, tail]) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...u32(13), 0x49, 0x48, 0x44, 0x52, ...u32(w), ...u32(h), 8, 6, 0, 0, 0, 0, 0, 0, 0, ...tail]),
  fc.tuple(dimension, dimension, fc.constantFrom(0xc0, 0xc2, 0xc4, 0xda, 0xd9)).map(([w, h, marker]) => [0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, marker, 0, 17, 8, ...u16(h), ...u16(w), 3]),
  fc.constantFrom<readonly number[]>([0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8], [0xff, 0xd8, 0xff, 0xc0, 0, 1], [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], [...Buffer.from("<svg onload=alert(1)>")], [...Buffer.from("%PDF-1.7")], []).map((bytes) => [...bytes]),
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }),
);

/** Uploads for a file field: images good and bad, too large, under another field name. */
export function uploadArbitrary(field: string): fc.Arbitrary<UploadedFile> {
  return fc.record({
    field: fc.oneof({ arbitrary: fc.constant(field), weight: 9 }, { arbitrary: hostileString, weight: 1 }),
    head: imageHead,
    padTo: fc.oneof({ arbitrary: fc.constant(0), weight: 6 }, { arbitrary: fc.integer({ min: 1, max: 300 * 1024 }), weight: 2 }, { arbitrary: fc.constantFrom(256 * 1024, 256 * 1024 + 1), weight: 1 }),
    type: fc.constantFrom("image/png", "image/jpeg", "image/svg+xml", "application/octet-stream", ""),
    name: fc.oneof(fc.constantFrom("logo.png", "../../etc/passwd", "logo.svg"), hostileString),
  });
}

export interface FuzzInput {
  caller: Caller;
  cookie: string | null;
  address: string;
  accept: string | null;
  params: Record<string, string>;
  query: string;
  body: BodyCase;
}

const JSON_TYPES = ["application/json", "application/json; charset=utf-8", "Application/JSON", "application/json;charset=utf-16", "application/jsonp"];
const OTHER_TYPES = [
  "text/plain",
  "text/html",
  "application/xml",
  "application/octet-stream",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "multipart/form-data; boundary=",
  "multipart/form-data; boundary=xyz",
  "application/x-www-form-urlencoded; charset=utf-16",
  "",
  "*/*",
  "json",
];

const lengthHeader: fc.Arbitrary<LengthHeader> = fc.oneof(
  { arbitrary: fc.constant("actual" as const), weight: 8 },
  { arbitrary: fc.constantFrom("absent", "zero", "negative", "huge", "junk" as const), weight: 2 },
);

const contentType = fc.oneof({ arbitrary: fc.constantFrom(...OTHER_TYPES), weight: 4 }, { arbitrary: hostileString.map(asHeaderValue), weight: 1 });

/** Bodies whatever the route expects: arbitrary JSON, invalid JSON, wrong content types, forms, huge texts, bad bytes. */
const genericBody: fc.Arbitrary<BodyCase> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant("empty" as const), contentType: fc.option(fc.constantFrom(...JSON_TYPES, ...OTHER_TYPES), { nil: null }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("json" as const), value: hostileJson, contentType: fc.constantFrom(...JSON_TYPES), length: lengthHeader }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant("text" as const), text: invalidJsonText, contentType: fc.oneof(fc.constantFrom(...JSON_TYPES), contentType), length: lengthHeader }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant("text" as const), text: longString(100_000), contentType: fc.constantFrom(...JSON_TYPES), length: lengthHeader }), weight: 1 },
  {
    arbitrary: fc.record({ kind: fc.constant("text" as const), text: hostileJson.map((v) => JSON.stringify(v) ?? "null"), contentType: fc.option(contentType, { nil: null }), length: lengthHeader }),
    weight: 2,
  },
  { arbitrary: fc.record({ kind: fc.constant("form" as const), fields: fc.array(fc.tuple(hostileString, hostileString), { maxLength: 5 }), contentType: fc.constant("application/x-www-form-urlencoded") }), weight: 2 },
  {
    arbitrary: fc.record({ kind: fc.constant("multipart" as const), fields: fc.array(fc.tuple(hostileString, hostileString), { maxLength: 4 }), file: fc.option(uploadArbitrary("file"), { nil: null }) }),
    weight: 1,
  },
  { arbitrary: fc.record({ kind: fc.constant("bytes" as const), bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 64 }), contentType: fc.constantFrom(...JSON_TYPES, "application/x-www-form-urlencoded") }), weight: 1 },
);

/** Bodies derived from the route's schema: mutants as JSON, and as form fields when forms post here. */
function schemaBodies(body: BodySpec, world: World, forms: boolean): fc.Arbitrary<BodyCase>[] {
  const schema = jsonSchemaOf(body.schema);
  const examples = body.example ? body.example(world) : exampleOf(schema);
  const mutants = mutantOf(schema, examples);
  const json = (value: fc.Arbitrary<unknown>) => fc.record({ kind: fc.constant("json" as const), value, contentType: fc.constantFrom(...JSON_TYPES), length: lengthHeader });
  const arbitraries: fc.Arbitrary<BodyCase>[] = [json(mutants), json(mutants), json(mutants), json(examples)];
  if (forms) {
    const formSchema: JsonSchema = body.formSchema ? jsonSchemaOf(body.formSchema) : schema;
    const formMutants = mutantOf(formSchema, body.example ? examples : exampleOf(formSchema));
    const fields = fc.oneof(formMutants, examples).map(formFieldsOf);
    arbitraries.push(
      fc.record({ kind: fc.constant("form" as const), fields, contentType: fc.constantFrom("application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8") }),
      fc.record({ kind: fc.constant("multipart" as const), fields, file: fc.option(uploadArbitrary("file"), { nil: null }) }),
    );
  }
  // The right fields with the wrong content type.
  arbitraries.push(fc.record({ kind: fc.constant("text" as const), text: mutants.map((v) => JSON.stringify(v)), contentType: fc.option(contentType, { nil: null }), length: lengthHeader }));
  return arbitraries;
}

export function bodyArbitrary(spec: EndpointSpec, world: World): fc.Arbitrary<BodyCase> {
  const forms = spec.forms ?? false;
  const fromSchema = spec.body ? schemaBodies(spec.body, world, forms) : [];
  const formBodies: fc.Arbitrary<BodyCase>[] = forms
    ? [fc.record({ kind: fc.constant("form" as const), fields: fc.array(fc.tuple(hostileString, hostileString), { maxLength: 3 }), contentType: fc.constant("application/x-www-form-urlencoded") })]
    : [];
  const uploads: fc.Arbitrary<BodyCase>[] = spec.upload
    ? [fc.record({ kind: fc.constant("multipart" as const), fields: fc.array(fc.tuple(hostileString, hostileString), { maxLength: 2 }), file: uploadArbitrary(spec.upload) })]
    : [];
  return fc.oneof(...fromSchema, ...formBodies, ...uploads, ...uploads, ...uploads, genericBody, genericBody);
}

/** A path parameter: a real record of the world (this tenant's, another's, or of another kind) or hostile text. */
export function paramArbitrary(preferred: readonly string[], world: World): fc.Arbitrary<string> {
  const refs = recordRefsOf(world);
  // Next decodes path parameters from the URL, so they are always well-formed text.
  return fc.oneof(
    ...(preferred.length > 0 ? [{ arbitrary: fc.constantFrom(...preferred), weight: 5 }] : []),
    { arbitrary: fc.constantFrom(...refs), weight: 2 },
    { arbitrary: fc.constantFrom(...refs).chain((ref) => fc.constantFrom(ref.toUpperCase(), `${ref} `, `${ref}/..`, `../${ref}`, `${ref}%00`, `${ref}\u0000`, ref.slice(1), `${ref}x`)), weight: 1 },
    { arbitrary: hostileSegment, weight: 4 },
  ).map(wellFormed);
}

export function cookieArbitrary(world: World, extra: fc.Arbitrary<string | null> = fc.constant(null)): fc.Arbitrary<string | null> {
  return fc
    .tuple(
      fc.oneof(
        { arbitrary: fc.constant(null), weight: 3 },
        { arbitrary: fc.constant(`cv_browser=${world.browserKey}`), weight: 4 },
        { arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{24}$/).map((key) => `cv_browser=${key}`), weight: 1 },
        { arbitrary: hostileString.map((value) => `cv_browser=${asHeaderValue(value)}`), weight: 1 },
        { arbitrary: hostileString.map(asHeaderValue), weight: 1 },
      ),
      extra,
    )
    .map(([a, b]) => [a, b].filter((part): part is string => part !== null).join("; ") || null);
}

export function inputArbitrary(spec: EndpointSpec, world: World, options: { hasBody: boolean }): fc.Arbitrary<FuzzInput> {
  const preferred = spec.params(world);
  const params = fc.record(Object.fromEntries(Object.entries(preferred).map(([name, values]) => [name, paramArbitrary(values, world)])) as Record<string, fc.Arbitrary<string>>);
  return fc.record({
    caller: spec.actors ? fc.oneof(fc.constantFrom(...CALLERS), fc.constantFrom(...spec.actors)) : fc.constantFrom(...CALLERS),
    cookie: cookieArbitrary(world),
    address: clientAddress,
    accept: fc.constantFrom(null, "application/json", "text/html", "*/*", "application/json, text/plain, */*"),
    params,
    query: fc.oneof({ arbitrary: fc.constant(""), weight: 4 }, { arbitrary: fc.tuple(hostileString, hostileString).map(([k, v]) => `?${encodeSegment(k)}=${encodeSegment(v)}`), weight: 1 }),
    body: options.hasBody ? bodyArbitrary(spec, world) : fc.constant({ kind: "empty" as const, contentType: null }),
  });
}

function lengthValue(length: LengthHeader, actual: number): string | null {
  switch (length) {
    case "actual":
      return String(actual);
    case "absent":
      return null;
    case "zero":
      return "0";
    case "negative":
      return "-1";
    case "huge":
      return "99999999999";
    case "junk":
      return "twelve";
  }
}

/** The request a server would hand the route (URL, method, headers, body). */
export function toRequest<R extends Request>(
  make: (url: string, init: RequestInit) => R,
  path: string,
  method: string,
  input: Pick<FuzzInput, "cookie" | "address" | "accept" | "query" | "body">,
): R {
  const headers = new Headers({ host: "127.0.0.1:3100", "x-forwarded-for": input.address });
  if (input.accept) headers.set("accept", input.accept);
  if (input.cookie) headers.set("cookie", input.cookie);
  let body: BodyInit | undefined;
  const setLength = (length: LengthHeader, bytes: number) => {
    const value = lengthValue(length, bytes);
    if (value !== null) headers.set("content-length", value);
  };
  const b = input.body;
  switch (b.kind) {
    case "empty":
      if (b.contentType !== null) headers.set("content-type", b.contentType);
      if (method !== "GET") headers.set("content-length", "0");
      break;
    case "json": {
      const text = JSON.stringify(b.value) ?? "null";
      headers.set("content-type", b.contentType);
      setLength(b.length, Buffer.byteLength(text));
      body = text;
      break;
    }
    case "text":
      if (b.contentType !== null) headers.set("content-type", b.contentType);
      setLength(b.length, Buffer.byteLength(b.text));
      body = b.text;
      break;
    case "form": {
      const text = new URLSearchParams(b.fields).toString();
      headers.set("content-type", b.contentType);
      headers.set("content-length", String(Buffer.byteLength(text)));
      body = text;
      break;
    }
    case "multipart": {
      const form = new FormData();
      for (const [key, value] of b.fields) form.append(key, value);
      if (b.file) {
        const bytes = new Uint8Array(Math.max(b.file.head.length, b.file.padTo));
        bytes.set(b.file.head);
        form.append(b.file.field, new Blob([bytes], { type: b.file.type }), b.file.name);
      }
      body = form;
      break;
    }
    case "bytes":
      headers.set("content-type", b.contentType);
      headers.set("content-length", String(b.bytes.length));
      body = new Uint8Array(b.bytes);
      break;
  }
  return make(`${ORIGIN}${path}${input.query}`, { method, headers, ...(method === "GET" || method === "HEAD" ? {} : { body }) });
}
