// An MDX file imported by preview.ts (the autodocs page template).
declare module '*.mdx' {
  const MDXContent: (props: Record<string, unknown>) => unknown;
  export default MDXContent;
}
