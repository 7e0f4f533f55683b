/**
 * The JSON schema of `.corroborate.json`, made from the zod schema that
 * validates it (config.ts), so the two cannot drift: the extension
 * contributes it (package.json, jsonValidation) for completion, hovers and
 * checks while the file is edited. Written to dist/ by the build.
 */
import { z } from 'zod';
import { configSchema } from './config';

export function configJsonSchema(): Record<string, unknown> {
  // draft-07: what VS Code's JSON language service reads fully; 'input': defaults are optional to write.
  const schema = z.toJSONSchema(configSchema, { target: 'draft-7', io: 'input' }) as Record<string, unknown> & { properties: Record<string, unknown> };
  return {
    ...schema,
    title: 'Corroborate workspace configuration (.corroborate.json)',
    properties: { $schema: { type: 'string' }, ...schema.properties },
    // validateConfig reports any other key as unknown.
    additionalProperties: false,
  };
}
