import raw from './default-aai-codebook.json' with { type: 'json' };
import { codebookSchema, type Codebook } from './codebook-schema.ts';

/** The shipped default, validated once so a bad edit to the data file fails loudly in tests. */
export function defaultCodebook(): Codebook {
  return codebookSchema.parse(JSON.parse(JSON.stringify(raw)));
}
