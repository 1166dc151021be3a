import { isJsonObject, type Json } from '../../assembly/json';

/**
 * Applies `DefinitionSubstitutions` as CloudFormation does: every `${key}` placeholder in the definition's JSON text is
 * replaced by the key's value, verbatim (so `"${FunctionArn}"` becomes a quoted ARN and `${WaitSeconds}` a bare
 * number). Placeholders without a key are left as they are. Values must be strings, numbers or booleans.
 */
export function substituteDefinition(definitionText: string, substitutions: Json | undefined): { text: string; problems: string[] } {
  if (substitutions === undefined || substitutions === null) return { text: definitionText, problems: [] };
  if (!isJsonObject(substitutions)) return { text: definitionText, problems: ['DefinitionSubstitutions must be a map of names to values'] };
  const problems: string[] = [];
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(substitutions)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') values.set(key, String(value));
    else problems.push(`DefinitionSubstitutions.${key} must be a string, a number or a boolean`);
  }
  const text = definitionText.replace(/\$\{([^}]+)\}/g, (placeholder, key: string) => values.get(key) ?? placeholder);
  return { text, problems };
}
