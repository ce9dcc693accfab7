import { launch, signIn } from '../../e2e/browser';
const base = process.env.BASE ?? 'http://127.0.0.1:3100';
const [user, ...paths] = process.argv.slice(2);
const phone = paths[0]?.startsWith('/m');
const browser = await launch();
const page = await browser.newPage(phone ? { viewport: { width: 390, height: 844 } } : { viewport: { width: 1440, height: 900 } });
await signIn(page, base, user!);
await page.waitForTimeout(1500);
for (const p of paths) {
  await page.goto(`${base}${p}`);
  await page.waitForTimeout(2500);
  const file = `/tmp/shots/${user}${p.replace(/\//g, '_')}.png`;
  await page.screenshot({ path: file, fullPage: false });
  console.log(file);
}
await browser.close();
