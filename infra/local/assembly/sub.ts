/**
 * Fn::Sub's string syntax: `${Name}` is a variable (a parameter, pseudo parameter, logical id, `LogicalId.Attribute`
 * or a key of the variable map) and `${!Literal}` is written out as `${Literal}`. An unterminated `${` stays text.
 */
export type SubPart = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'variable'; readonly name: string };

export function parseSub(template: string): readonly SubPart[] {
  const parts: SubPart[] = [];
  let text = '';
  let index = 0;
  while (index < template.length) {
    const start = template.indexOf('${', index);
    if (start === -1) break;
    text += template.slice(index, start);
    if (template.charAt(start + 2) === '!') {
      text += '${';
      index = start + 3;
      continue;
    }
    const end = template.indexOf('}', start + 2);
    if (end === -1) break;
    if (text !== '') parts.push({ kind: 'text', text });
    text = '';
    parts.push({ kind: 'variable', name: template.slice(start + 2, end) });
    index = end + 1;
  }
  text += template.slice(index);
  if (text !== '') parts.push({ kind: 'text', text });
  return parts;
}

/** Names a Sub string refers to outside its own variable map (for dependency ordering). */
export function subReferences(template: string, localVariables: ReadonlySet<string>): readonly string[] {
  return parseSub(template).flatMap((part) =>
    part.kind === 'variable' && !localVariables.has(part.name) ? [part.name] : [],
  );
}
