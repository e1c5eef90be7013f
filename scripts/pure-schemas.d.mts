/** See pure-schemas.mjs. */
export function markSchemasPure(source: string): { text: string; marked: number };
