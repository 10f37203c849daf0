// Payloads derived from a route's zod schema: a well-typed example (from the schema's JSON Schema,
// or a realistic one the route table supplies), then one to three mutations that each break one
// rule of the schema: a required field removed, an unknown or prototype-polluting field added, a
// value of the wrong type, a string one past its bound or far beyond it, an enum value nearly right,
// an array one item too long or too short.
import fc from "fast-check";
import { z } from "zod";
import { edgeNumber, hostileJson, hostileString, longString, PROTOTYPE_KEYS } from "./hostile";

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
}

/** The JSON Schema of what a zod schema accepts as input (refinements and transforms are left out). */
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
}

/** Values the JSON Schema accepts (the zod refinements may still refuse some). */
export function exampleOf(schema: JsonSchema): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map(exampleOf));
  switch (schema.type) {
    case "string":
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 20, 20) });
    case "number":
    case "integer":
      return fc.integer({ min: 0, max: 10 });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "array": {
      const minLength = schema.minItems ?? 0;
      return fc.array(schema.items ? exampleOf(schema.items) : hostileJson, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 3, 3)) });
    }
    case "object": {
      const properties = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      return fc
        .tuple(...Object.entries(properties).map(([key, property]) => (required.has(key) ? exampleOf(property).map((v) => [key, v] as const) : fc.option(exampleOf(property).map((v) => [key, v] as const), { nil: undefined }))))
        .map((entries) => Object.fromEntries(entries.filter((e): e is readonly [string, unknown] => e !== undefined)));
    }
    default:
      return hostileJson;
  }
}

/** A value of another JSON type than the schema's. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  edgeNumber,
  fc.constant([]),
  fc.constant({}),
  fc.array(hostileString, { maxLength: 3 }),
  hostileJson,
);

/** Strings that nearly match one of the allowed ones (case, spaces, invisible characters, lookalikes). */
function nearMisses(values: readonly unknown[]): fc.Arbitrary<unknown> {
  const text = values.map(String);
  return fc.oneof(
    fc.constantFrom(...text).chain((v) =>
      fc.constantFrom(v.toUpperCase(), ` ${v}`, `${v} `, `${v}\u200B`, `\u202E${v}`, `${v}\u0000`, v.slice(1), `${v}${v}`, v.replace(/o/g, "\u043E"), `"${v}"`, [v], { value: v }),
    ),
    fc.constantFrom(...values).map((v) => (typeof v === "number" ? String(v) : typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v === null ? "null" : [v])),
  );
}

/** Values that break the schema while often keeping its type. */
export function invalidValueOf(schema: JsonSchema): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [wrongType, hostileString];
  if (schema.enum) options.push(nearMisses(schema.enum));
  if (schema.const !== undefined) options.push(nearMisses([schema.const]));
  if (schema.anyOf) {
    const constants = schema.anyOf.flatMap((option) => (option.const !== undefined ? [option.const] : option.anyOf?.flatMap((o) => (o.const !== undefined ? [o.const] : [])) ?? []));
    if (constants.length > 0) options.push(nearMisses(constants), edgeNumber);
  }
  if (schema.type === "string") {
    if (schema.maxLength !== undefined) {
      const max = schema.maxLength;
      options.push(fc.integer({ min: 1, max: 40 }).map((extra) => "x".repeat(max + extra)), fc.constant(`${"é".repeat(max)}😀`));
    }
    if ((schema.minLength ?? 0) > 0) options.push(fc.constantFrom("", " ".repeat(schema.minLength ?? 1), "\u200B", "\t\n"));
    // Strings up to ~100 kB: beyond the 64 KiB body limit (413) and through it.
    options.push(longString(100_000));
  }
  if (schema.type === "array") {
    const itemValue = schema.items ? exampleOf(schema.items) : hostileJson;
    if (schema.maxItems !== undefined) options.push(fc.array(itemValue, { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 3 }));
    if ((schema.minItems ?? 0) > 0) options.push(fc.array(itemValue, { maxLength: (schema.minItems ?? 1) - 1 }));
    if (schema.items) {
      const items = schema.items;
      options.push(fc.array(fc.oneof(itemValue, invalidValueOf(items)), { minLength: 1, maxLength: 4 }));
    }
  }
  if (schema.type === "object") options.push(mutantOf(schema, exampleOf(schema)));
  return fc.oneof(...options);
}

type Mutation =
  | { op: "remove"; key: string }
  | { op: "add"; key: string; value: unknown }
  | { op: "replace"; key: string; value: unknown };

/** A well-typed example of an object schema with one to three of its rules broken. */
export function mutantOf(schema: JsonSchema, examples: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  const mutation: fc.Arbitrary<Mutation>[] = [
    fc.record({ op: fc.constant("add" as const), key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), hostileString, fc.constantFrom("id", "organizationId", "userId", "role", "status", "isAdmin")), value: hostileJson }),
  ];
  if (keys.length > 0) {
    const key = fc.constantFrom(...keys);
    mutation.push(
      key.map((k) => ({ op: "remove" as const, key: k })),
      key.chain((k) => invalidValueOf(properties[k] ?? {}).map((value) => ({ op: "replace" as const, key: k, value }))),
      key.chain((k) => hostileJson.map((value) => ({ op: "replace" as const, key: k, value }))),
    );
  }
  return fc.tuple(examples, fc.array(fc.oneof(...mutation), { minLength: 1, maxLength: 3 })).map(([example, mutations]) => {
    const entries = new Map(Object.entries(typeof example === "object" && example !== null && !Array.isArray(example) ? example : {}));
    for (const m of mutations) {
      if (m.op === "remove") entries.delete(m.key);
      else entries.set(m.key, m.value);
    }
    return Object.fromEntries(entries);
  });
}

/** Form fields for a value: strings as typed, anything else as its JSON text, keys sometimes repeated. */
export function formFieldsOf(value: unknown): [string, string][] {
  if (typeof value !== "object" || value === null) return [["value", JSON.stringify(value) ?? String(value)]];
  return Object.entries(value).map(([key, v]): [string, string] => [key, typeof v === "string" ? v : (JSON.stringify(v) ?? String(v))]);
}
