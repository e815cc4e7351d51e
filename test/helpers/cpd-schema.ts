import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/** The JSON Schema of the CPD report, as shipped in the package (schemas/cpd-report.schema.json). */
export const CPD_REPORT_SCHEMA_FILE = path.resolve(import.meta.dirname, '../../schemas/cpd-report.schema.json');

type Schema = Record<string, unknown>;

/**
 * The shipped schema lets objects carry fields it does not list (fields are only ever added under one schema
 * version). The tests close every object, so a field the report holds and the schema does not describe fails.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: Schema = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = key === 'properties' ? Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, closed(v)])) : closed(value);
  if (copy.properties && copy.additionalProperties === undefined) copy.additionalProperties = false;
  return copy;
}

let validator: ValidateFunction | undefined;

/** The schema's errors for a report (empty when it is valid), each as `path: message`. */
export function cpdReportSchemaErrors(report: unknown): string[] {
  const validate = (validator ??= new Ajv2020({ allErrors: true, strict: true }).compile(closed(JSON.parse(readFileSync(CPD_REPORT_SCHEMA_FILE, 'utf8'))) as Schema));
  if (validate(report)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || '/'}: ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
