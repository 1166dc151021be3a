/**
 * Just enough XML writing for the query protocol's responses: elements with escaped text, nested elements and the
 * `<member>` lists awsQuery uses for every list. Values are always text; nothing here parses XML.
 */

/** A serialized XML fragment (already escaped); built only by the functions below. */
export type XmlFragment = string & { readonly __xml: unique symbol };

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A literal CR would be normalized to LF by every XML parser; the reference keeps it (as AWS writes it).
  '\r': '&#xD;',
};

export function escapeXml(value: string): string {
  return value.replace(/[&<>"'\r]/g, (char) => ENTITIES[char] ?? char);
}

export function textElement(name: string, value: string | number | boolean): XmlFragment {
  return `<${name}>${escapeXml(String(value))}</${name}>` as XmlFragment;
}

/** Nothing when the value is absent: awsQuery omits unset members rather than writing empty elements. */
export function optionalTextElement(name: string, value: string | undefined): XmlFragment {
  return (value === undefined ? '' : textElement(name, value)) as XmlFragment;
}

export function parentElement(name: string, children: readonly XmlFragment[], attributes = ''): XmlFragment {
  return `<${name}${attributes}>${children.join('')}</${name}>` as XmlFragment;
}

/** `<Name><member>…</member>…</Name>`; an empty list is omitted, which SDKs read as an empty or absent list. */
export function memberList(name: string, members: readonly (readonly XmlFragment[])[]): XmlFragment {
  if (members.length === 0) return '' as XmlFragment;
  return parentElement(
    name,
    members.map((children) => parentElement('member', children)),
  );
}
