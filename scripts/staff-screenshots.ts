/**
 * The staff area for `npm run screenshots`: from a finished outcome to the site settings (and
 * its error summary), the local contact editor and the monitoring page, then back to the start.
 */
import type { Page } from 'playwright-core';

export async function shootStaffArea(page: Page, shoot: (name: string) => Promise<void>): Promise<void> {
  await page.click('main[data-screen=outcome] .button-warning');
  await page.waitForSelector('main[data-screen=start]');
  await page.click('[data-action=site-settings]');
  await page.waitForSelector('main[data-screen=settings]');
  await shoot('settings');
  await page.fill('#settings-idle', '0');
  await page.click('[data-action=continue]');
  await page.waitForSelector('[data-error-summary]');
  await shoot('settings-error');
  await page.click('[data-action=add-contact]');
  await page.waitForSelector('main[data-screen=settings-contact]');
  await shoot('settings-contact');
  await page.click('[data-action=cancel-contact]');
  await page.click('[data-action=open-monitoring]');
  await page.waitForSelector('main[data-screen=monitoring] [data-journeys]');
  await shoot('monitoring');
  await page.click('[data-action=continue]');
  await page.waitForSelector('main[data-screen=settings]');
  await page.click('[data-action=leave-settings]');
  await page.waitForSelector('main[data-screen=start]');
}
