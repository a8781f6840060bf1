import '@testing-library/jest-dom/vitest';
import './support/hooks.ts';
import { describe, expect, it } from 'vitest';
import { isDraft, listedLanguages } from '../../app/languages/language-meta.ts';
import { continueButton, walkToOutcome } from './support/render-app.tsx';
import { renderLanguages } from './support/languages.tsx';

// Languages still in draft, whichever they are when this runs (reviews turn them off one by one).
const DRAFTS = listedLanguages().filter((l) => l.status === 'draft').map((l) => l.code);
const [DRAFT_WORKER = 'cy', DRAFT_CLIENT = 'ti'] = [DRAFTS.find((l) => l === 'cy') ?? DRAFTS[0], DRAFTS.find((l) => l === 'ti') ?? DRAFTS.at(-1)];
const notes = () => [...document.querySelectorAll<HTMLElement>('[data-draft-note]')].map((n) => n.dataset.draftNote);
const JOURNEY = { q_nation: 'england', q_danger: 'no', q_age: '25plus', q_status: 'refugee_hp', q_ho_support: 'none', q_destitute: 'no', q_children: 'none', q_pregnant: 'no', q_care_need: [], q_mha: 'no', q_council_refused: 'no', q_flags: [] };

describe('draft note', { timeout: 20_000 }, () => {
  it('follows _meta.json: English is the source, never a draft', () => {
    expect(isDraft('en')).toBe(false);
    expect(DRAFTS.length).toBeGreaterThan(0);
    for (const lng of DRAFTS) expect(isDraft(lng)).toBe(true);
  });

  it('a draft worker language carries the note on every screen, in that language', async () => {
    const { user } = await renderLanguages({ worker: DRAFT_WORKER });
    expect(notes()).toEqual([DRAFT_WORKER]);
    await user.click(continueButton());
    expect(notes()).toEqual([DRAFT_WORKER]);
  });

  it('a draft client language carries the note where its text shows: questions, outcome, person view', async () => {
    const { user } = await renderLanguages({ worker: 'en', client: DRAFT_CLIENT });
    expect(notes()).toEqual([]);
    await user.click(continueButton());
    expect(notes()).toEqual([DRAFT_CLIENT]);
    await walkToOutcome(user, JOURNEY);
    expect(notes()).toEqual([DRAFT_CLIENT]);
    await user.click(document.querySelector<HTMLElement>('[data-action=person-view]')!);
    expect(notes()).toEqual([DRAFT_CLIENT]);
  });

  it('English, the source language, carries no note', async () => {
    const { user } = await renderLanguages({ worker: 'en' });
    await user.click(continueButton());
    expect(notes()).toEqual([]);
  });
});
