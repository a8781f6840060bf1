import '@testing-library/jest-dom/vitest';
import './support/hooks.ts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import glossary from '../../locales/en/glossary.json';
import { continueButton, currentQuestion, currentScreen, input, walkToOutcome } from './support/render-app.tsx';
import { blocks, renderLanguages } from './support/languages.tsx';
import { PENDING_S95_WALES } from '../support/answer-sets.ts';

const TERMS = Object.keys(glossary.terms);

// Whole journeys: generous time when the machine is busy.
describe('glossary', { timeout: 20_000 }, () => {
  it('opens from a question in both languages and closes back to the same place, nothing lost', async () => {
    const { user } = await renderLanguages({ worker: 'en', client: 'ar' });
    await user.click(continueButton());
    await user.click(input('q_danger', 'unsure'));
    const why = document.querySelector<HTMLDetailsElement>('details')!;
    await user.click(why.querySelector('summary')!);
    expect(why.open).toBe(true);
    const opener = document.querySelector<HTMLElement>('[data-action=glossary]')!;
    await user.click(opener);

    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveAttribute('data-dialog', 'glossary');
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByRole('heading', { level: 2 })).toBeInTheDocument();
    const entries = dialog.querySelectorAll<HTMLElement>('[data-term-id]');
    expect([...entries].map((e) => e.dataset.termId)).toEqual(TERMS);
    for (const entry of entries) {
      expect(blocks(entry, 'worker')).toHaveLength(2);
      expect(blocks(entry, 'client')).toHaveLength(2);
    }
    // The screen underneath cannot be reached while the dialog is open; Quick exit can.
    expect(document.querySelector('.page-body')).toHaveAttribute('inert');
    expect(document.querySelector('header')).not.toHaveAttribute('inert');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(currentQuestion()).toBe('q_danger');
    expect(input('q_danger', 'unsure')).toBeChecked();
    expect(why.isConnected && why.open).toBe(true);
    expect(document.activeElement).toBe(opener);
    expect(document.querySelector('.page-body')).not.toHaveAttribute('inert');
  });

  it('is reachable from the outcome too, and its close control returns there', async () => {
    const { user } = await renderLanguages({ worker: 'cy' });
    await walkToOutcome(user, PENDING_S95_WALES);
    await user.click(document.querySelector<HTMLElement>('[data-action=glossary]')!);
    const dialog = await screen.findByRole('dialog');
    expect(dialog.querySelectorAll('[data-term-id]')).toHaveLength(TERMS.length);
    // One language only without a client.
    expect(dialog.querySelectorAll('[data-lang-block=client]')).toHaveLength(0);
    await user.click(dialog.querySelector<HTMLElement>('[data-action=close-dialog]')!);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(currentScreen()).toBe('outcome');
  });
});
