// The stories are the fixtures of the accessibility matrix: every documented state that a
// designer sees in Storybook is also checked by axe in every theme and language.
import { fixture } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import type { Theme } from './themes.js';

type Args = Record<string, unknown>;
// Loose on purpose: CSF files type their args precisely (Meta<…>); the matrix only calls render.
type RenderFn = (args: any, context: any) => unknown;

interface StoryObject {
  name?: string;
  args?: Args;
  render?: RenderFn;
}

interface CsfModule {
  default: { title?: string; args?: Args; render?: RenderFn; excludeStories?: unknown };
  [name: string]: unknown;
}

export interface StoryCase {
  name: string;
  template: () => unknown;
}

/** Every story of a CSF module, with the meta args merged under the story's own. */
export function storiesOf(module: CsfModule): StoryCase[] {
  const meta = module.default;
  return Object.entries(module)
    .filter(([key, value]) => key !== 'default' && typeof value === 'object' && value !== null)
    .map(([key, value]) => {
      const story = value as StoryObject;
      const renderStory = story.render ?? meta.render;
      if (!renderStory) throw new Error(`${meta.title ?? ''} ${key}: story has no render()`);
      const args = { ...meta.args, ...story.args };
      return { name: story.name ?? key, template: () => renderStory(args, { args }) };
    });
}

/** Renders a story inside a wrapper that selects the theme and language. */
export async function renderStory(
  story: StoryCase,
  theme: Theme,
  lang: string,
): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(
    html`<div data-cor-theme=${theme} lang=${lang} class="story"></div>`,
  );
  render(story.template() as TemplateResult, wrapper);
  await settle(wrapper);
  return wrapper;
}

/** Waits until every custom element inside has rendered. */
export async function settle(root: Element): Promise<void> {
  const pending = [...root.querySelectorAll('*')]
    .map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
    .filter(Boolean);
  await Promise.all(pending);
}
