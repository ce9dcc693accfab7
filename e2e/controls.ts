import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Leaves an antd picker's input and checks it still shows `value`: a picker puts back its last committed value when
 * focus leaves text it did not take, so a commit that was lost (a click that landed while the dropdown was still
 * opening, on a loaded machine) shows here instead of as a missing field when the form is sent.
 */
async function kept(input: Locator, value: string) {
  await input.blur();
  await expect.poll(() => input.inputValue(), { timeout: 3_000 }).toBe(value);
}

/** Tries a picker entry up to three times, each time from the start. */
async function withRetries(enter: () => Promise<void>) {
  for (let attempt = 1; ; attempt++) {
    try {
      await enter();
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Types a date into an antd date picker; leaving the input commits it (Enter would submit the whole form). */
export async function typeDate(input: Locator, value: string) {
  await withRetries(async () => {
    await input.click();
    await input.fill(value);
    await input.press('Tab');
    await kept(input, value);
  });
}

/** Types a date and time into an antd picker with time and confirms it with the picker's OK button. */
export async function typeDateTime(page: Page, input: Locator, value: string) {
  await withRetries(async () => {
    await input.click();
    await input.fill(value);
    // OK is enabled once the picker has parsed the typed text; clicked earlier, it would confirm nothing.
    const ok = page.locator('.ant-picker-dropdown:visible .ant-picker-ok button:not([disabled])').first();
    await ok.click({ timeout: 10_000 });
    await ok.waitFor({ state: 'hidden', timeout: 3_000 });
    await kept(input, value);
  });
}

/**
 * Presses a button that asks for confirmation in a popover, and confirms; again if the confirmation stayed open
 * (a click that landed while it was still opening). The popover closes when the action is done.
 */
export async function confirmPopup(page: Page, trigger: Locator) {
  const ok = page.locator('.ant-popconfirm:visible .ant-popconfirm-buttons .ant-btn-primary').first();
  await withRetries(async () => {
    if (!(await ok.isVisible())) await trigger.click();
    await ok.click({ timeout: 10_000 });
    await ok.waitFor({ state: 'hidden', timeout: 10_000 });
  });
}
