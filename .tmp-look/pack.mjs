export default async function (page) {
  await page.setInputFiles('input[type=file] >> nth=0', '/tmp/look/pack.arrow');
  await page.getByRole('button', { name: 'Toevoegen' }).waitFor({ timeout: 90000 });
  await page.waitForTimeout(1000);
  await page.locator('text=Controle van datapakket').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/look/5-pack.png', fullPage: false });
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await page.waitForTimeout(6000);
  await page.getByTestId('source-list').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/look/6-pack-done.png', fullPage: false });
}
