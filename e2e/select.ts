import type { Locator, Page } from 'playwright-core';

/** The antd select around a locator: the select itself, or its search input found by label or role. */
const SELECT_ROOT =
  'xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]';

/**
 * Chooses the option showing `label` in an antd select, typing `search` first when given, and checks that the
 * select now shows it. On a loaded machine a click can land while the list is still sliding in and be lost; the
 * form is then sent without the choice (an optional field stays empty, silently). So the choice is read back
 * from the select and made again until it shows. A multiple select stays open after a choice: the caller closes
 * it the way its form allows (a click on the modal's title; Escape would close a modal).
 */
export async function choose(
  page: Page,
  select: Locator,
  label: string | RegExp,
  search?: string,
): Promise<void> {
  const root = select.locator(SELECT_ROOT);
  const multiple = await root.evaluate((el) => el.classList.contains('ant-select-multiple'));
  const shown = root
    .locator(multiple ? '.ant-select-selection-item' : '.ant-select-content-has-value')
    .filter({ hasText: label })
    .first();
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: label })
    .first();
  // Whether the list is open is read from the select, not from a visible list: the previous select's list may
  // still be fading out, and an option clicked there is lost.
  const combobox = root.locator('[role="combobox"]');
  for (let attempt = 1; ; attempt++) {
    try {
      if ((await combobox.getAttribute('aria-expanded')) !== 'true') {
        await select.click();
        if (search) await page.keyboard.type(search);
      }
      await option.click({ timeout: 10_000 });
      await shown.waitFor({ timeout: 3_000 });
      if (!multiple) await option.waitFor({ state: 'hidden', timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

/** Closes a multiple select's list by clicking the open modal's title (Escape would close the modal). */
export const closeList = (page: Page) => page.locator('.ant-modal:visible .ant-modal-title').click();

/** Exactly this text, for options whose names contain each other ('1栋' and '11栋'). */
export const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
