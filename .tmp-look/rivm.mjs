export default async function (page) {
  await page.setInputFiles('input[type=file] >> nth=0', '/work/shared/data/real/rivm-gezondheid-per-wijk/50090NED_18plus_2012-2016-2020_NL-GM-WK.csv');
  await page.getByRole('button', { name: 'Toevoegen' }).waitFor({ timeout: 90000 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: '/tmp/look/2-report.png', fullPage: true });
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await page.waitForTimeout(8000);
  await page.getByTestId('gemeente-picker').selectOption({ label: "'s-Gravenhage" }).catch(async () => {
    const opts = await page.getByTestId('gemeente-picker').locator('option').allTextContents(); console.log(opts.slice(0,20));
  });
  await page.waitForTimeout(2000);
  await page.getByLabel('Zoek een indicator').fill('eenzaam');
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/look/3-picker.png', fullPage: false });
  await page.getByLabel('Zoek een indicator').press('Enter');
  await page.waitForTimeout(2000);
  await page.getByText('Vergelijking', { exact: true }).click();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: '/tmp/look/4-vergelijking.png', fullPage: true });
}
