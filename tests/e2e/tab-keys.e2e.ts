import { expect, test } from './fixtures.ts';
import { openFreshWorkspace } from './helpers/flow.ts';

test('tab lists follow the ARIA keys: arrows move and wrap, Home and End jump (views, coding panels)', async ({
  page,
  host,
  tmp,
}) => {
  await openFreshWorkspace(page, host, tmp);
  const views = page.getByRole('tablist', { name: 'Views' });
  const panels = page.getByRole('tablist', { name: 'Coding panels' });
  const selected = (list: typeof views, name: string) =>
    expect(list.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');

  await views.getByRole('tab', { name: 'Coding', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await selected(views, 'Segments');
  await expect(views.getByRole('tab', { name: 'Segments' })).toBeFocused();
  await page.keyboard.press('End');
  await selected(views, 'Project settings');
  await page.keyboard.press('ArrowRight');
  await selected(views, 'Coding');
  await page.keyboard.press('ArrowLeft');
  await selected(views, 'Project settings');
  await page.keyboard.press('Home');
  await selected(views, 'Coding');

  await panels.getByRole('tab', { name: 'Codes' }).focus();
  await page.keyboard.press('ArrowLeft');
  await selected(panels, 'Memo');
  await expect(panels.getByRole('tab', { name: 'Memo' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await selected(panels, 'Codes');
  await page.keyboard.press('End');
  await selected(panels, 'Memo');
  await page.keyboard.press('Home');
  await selected(panels, 'Codes');
});
