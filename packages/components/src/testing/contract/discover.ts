// Finds what the contract suite tests, so a newly registered component is covered without anyone
// adding it: every tag in custom-elements.json (written by `npm run analyze`) and, by convention,
// its stories in stories/<tag without cor->.stories.ts. The stories are the fixtures.
import { storiesOf, type StoryCase } from '../stories.js';
import { onlyTags } from '../only-tags.js';

// WTR serves the repository root, so these are plain URLs.
const MANIFEST_URL = '/packages/components/dist/custom-elements.json';
const storiesUrl = (tag: string) => `/stories/${tag.replace(/^cor-/, '')}.stories.ts`;

interface Manifest {
  modules: { declarations?: { tagName?: string }[] }[];
}

export interface ComponentCase {
  tag: string;
  stories: StoryCase[];
  /** Why the stories could not be loaded; the suite turns it into a failing test. */
  error?: string;
}

/** Every tag the manifest declares, sorted. */
export async function manifestTags(): Promise<string[]> {
  const response = await fetch(MANIFEST_URL);
  if (!response.ok) {
    throw new Error(
      `${MANIFEST_URL}: ${response.status}. Run \`npm run analyze\` before the tests.`,
    );
  }
  const manifest = (await response.json()) as Manifest;
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName);
  return [...new Set(tags.filter((tag): tag is string => Boolean(tag)))].sort();
}

/** The stories of `tag`; a missing or empty stories module is an error, not a pass. */
export async function loadStories(tag: string): Promise<ComponentCase> {
  const url = storiesUrl(tag);
  try {
    const stories = storiesOf(await import(url));
    return stories.length ? { tag, stories } : { tag, stories, error: `${url} exports no story` };
  } catch (error) {
    return { tag, stories: [], error: `${url} could not be loaded: ${String(error)}` };
  }
}

/** Every component in the manifest, with its stories. */
export async function discoverComponents(): Promise<ComponentCase[]> {
  return Promise.all(onlyTags(await manifestTags()).map(loadStories));
}
