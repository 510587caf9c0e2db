import type { z } from 'zod';

/**
 * A module's section of the environment file: the field it is under and its schema (with defaults and the
 * descriptions docs/configuration.md is generated from). The configuration schema is composed from the sections
 * of the registered modules, so a module's settings live in its folder.
 */
export interface ModuleSettings<S extends z.ZodType = z.ZodType> {
  readonly field: string;
  readonly schema: S;
}

export function moduleSettings<S extends z.ZodType>(field: string, schema: S): ModuleSettings<S> {
  return { field, schema };
}
