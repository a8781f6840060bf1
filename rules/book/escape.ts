/** Escaping for text put into HTML, SVG and Markdown, so catalogue wording can never become markup. */

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element content and in double- or single-quoted attributes alike. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}

/** Plain wording as a Markdown table cell: no HTML, no pipe or line break to end the cell. */
export function markdownCell(text: string): string {
  return tableSafe(escapeMarkdown(text));
}

/** Markdown already escaped (e.g. holding links) made safe inside a table cell. */
export function tableSafe(markdown: string): string {
  return markdown.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

/** Markdown text with `<` and `&` neutralised, so wording cannot inject HTML into a rendered page. */
export function escapeMarkdown(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

/** Only https links are rendered as links; anything else stays plain text. */
export const isSafeLink = (href: string | undefined): href is string => href !== undefined && /^https:\/\/[^\s"'<>]+$/.test(href);
