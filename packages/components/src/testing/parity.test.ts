// The form parity suite (DESIGN §4, §6): every form-associated element in custom-elements.json,
// side by side with its native twin (parity/twins.ts), through every check of parity/checks.ts.
// Nothing here names a component: a newly registered form-associated element without a twin
// fails until someone declares one (or writes an exemption in exemptions.ts).
import { expect } from '@open-wc/testing';
import '../index.js';
import { engine } from './engine.js';
import { EXEMPTIONS, exempted } from './exemptions.js';
import {
  CHECK_IDS,
  ENGINE_GAPS,
  KNOWN_BUGS,
  TWINS,
  checksFor,
  knownBug,
  cleanup,
  pair,
  parityGap,
} from './parity/index.js';
import { reportQuality } from './quality.js';
import { onlyTags } from './only-tags.js';

const MANIFEST_URL = '/packages/components/dist/custom-elements.json'; // WTR serves the repo root

interface Manifest {
  modules: { declarations?: { tagName?: string }[] }[];
}

async function manifestTags(): Promise<string[]> {
  const response = await fetch(MANIFEST_URL);
  if (!response.ok) throw new Error(`${MANIFEST_URL}: ${response.status}; run \`npm run analyze\``);
  const manifest = (await response.json()) as Manifest;
  const tags = manifest.modules.flatMap((m) => m.declarations ?? []).map((d) => d.tagName);
  return [...new Set(tags.filter((tag): tag is string => Boolean(tag)))].sort();
}

const tags = await manifestTags();
const formAssociated = tags.filter(
  (tag) => (customElements.get(tag) as { formAssociated?: boolean } | undefined)?.formAssociated,
);

/** A test that is skipped, with its reason in the title, when exempted or not possible here. */
function parityTest(tag: string, id: string, title: string, body: () => Promise<unknown>) {
  const name = `parity: ${tag} · ${title}`;
  const exemption = exempted(tag, id);
  if (exemption) return it.skip(`${name} (exempt, see exemptions.ts: ${exemption})`);
  const bug = knownBug(tag, id);
  if (bug) return it.skip(`${name} (BUG: ${bug}, see parity/known-bugs.ts)`);
  const gap = parityGap(id, engine(), tag);
  if (gap) return it.skip(`${name} (not in ${engine()}, see parity/engine-gaps.ts: ${gap})`);
  it(name, async function () {
    this.timeout(30_000); // the state-restore checks load an iframe four times
    try {
      await body();
    } finally {
      cleanup();
      await reportQuality({ parityChecks: 1 });
    }
  });
}

describe('form parity: every form-associated element against its native twin', () => {
  it('finds the components in custom-elements.json, every one registered', () => {
    expect(tags.length, 'tags in custom-elements.json').to.be.greaterThan(0);
    const unregistered = tags.filter((tag) => !customElements.get(tag));
    expect(unregistered, 'tags that src/index.ts does not register').to.deep.equal([]);
    expect(formAssociated.length, 'form-associated elements').to.be.greaterThan(0);
  });

  it('names only real elements and checks in twins, exemptions, gaps and known bugs', () => {
    const stale = Object.keys(TWINS).filter((tag) => !formAssociated.includes(tag));
    expect(stale, 'twins of elements that are not form-associated').to.deep.equal([]);
    const parityExemptions = EXEMPTIONS.filter((e) => e.check.startsWith('parity:'));
    for (const { tag, check } of parityExemptions) {
      expect(formAssociated, `exemptions.ts: ${check}`).to.include(tag);
      if (check !== 'parity:*' && check !== 'parity:twin') {
        expect([...CHECK_IDS], `exemptions.ts: ${tag}`).to.include(check);
      }
    }
    for (const gap of ENGINE_GAPS) expect([...CHECK_IDS], 'engine-gaps.ts').to.include(gap.check);
    for (const { tag, check } of KNOWN_BUGS) {
      expect(formAssociated, 'known-bugs.ts').to.include(tag);
      expect([...CHECK_IDS], 'known-bugs.ts').to.include(check);
    }
  });

  for (const tag of onlyTags(formAssociated)) {
    describe(tag, () => {
      const twin = TWINS[tag];
      if (!twin) {
        parityTest(tag, 'parity:twin', 'has a native twin', async () => {
          throw new Error(
            `<${tag}> is form-associated but has no native twin: declare its native twin in ` +
              'testing/parity/twins.ts or add an exemption in testing/exemptions.ts',
          );
        });
        return;
      }
      for (const check of checksFor(twin)) {
        parityTest(tag, check.id, check.title, () => check.run(pair(tag, twin)));
      }
    });
  }
});
