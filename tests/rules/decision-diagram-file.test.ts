// @vitest-environment node
/** The app shows the committed docs/decision-diagram.svg: it must be what the machine's graph draws now. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exploreJourney } from '../../rules/book/journey-graph.ts';
import { renderDiagramSvg } from '../../rules/book/render-diagram.ts';
import questions from '../../locales/en/questions.json' with { type: 'json' };

describe('docs/decision-diagram.svg', () => {
  it('is up to date with the journey machine (run npm run rules:book if not)', () => {
    const labels = Object.fromEntries(Object.entries(questions).map(([id, q]) => [id, (q as { label?: string }).label]));
    const fresh = `${renderDiagramSvg({ graph: exploreJourney(), labels })}\n`;
    expect(readFileSync('docs/decision-diagram.svg', 'utf8')).toBe(fresh);
  });
});
