// Shows the repository's Markdown guides (docs/*.md, written for GitHub) inside Storybook: a
// relative link to another guide that has a Storybook page becomes a link to that page. Any
// other relative link is left alone, and scripts/test-storybook.mjs reports it as dead.

/** docs/<file>.md → its Storybook docs id. */
export const DOC_PAGES: Record<string, string> = {
  'architecture.md': 'english-architecture--docs',
  'testing.md': 'english-testing--docs',
  'tokens.md': 'english-design-tokens--docs',
  'plantilla-resultados-accesibilidad.md': 'guías-accesibilidad--docs',
  'en/accessibility-results-template.md': 'english-accessibility-statement--docs',
};

/** Rewrites `[text](./testing.md)` and `[text](testing.md#part)` to `?path=/docs/<id>`. */
export function linkDocs(markdown: string): string {
  return markdown.replace(/\]\((?:\.\/)?([\w/-]+\.md)(#[\w-]*)?\)/g, (whole, file: string) => {
    const id = DOC_PAGES[file];
    return id ? `](?path=/docs/${id})` : whole;
  });
}
