import { describe, expect, it, inject } from 'vitest';
import { addDays, localDate } from '../domain/common/local-date';
import { useBrowser } from './browser';

const baseUrl = inject('baseUrl');
const { phone, desk } = useBrowser(baseUrl);

describe('booking a room in the browser', () => {
  it('a resident books the parlour on the phone, an overlapping booking is refused with the time taken, staff see it', async () => {
    const purpose = `楼栋议事 E2E ${Date.now() % 100_000}`;
    // Three days ahead in the evening: the demo's own bookings are mornings and afternoons.
    const day = addDays(localDate(new Date(), 'Asia/Shanghai'), 3);

    // 1. The resident opens the compound's parlour and books 19:00–20:00.
    const owner = await phone('yifengyuan.owner1');
    await owner.getByTestId('entry-venues').click();
    const parlour = owner.locator('[data-testid="phone-room"][data-name="居民会客厅"]');
    await parlour.getByTestId('book-room').click();
    await owner.getByTestId('phone-book').waitFor();
    const book = async (from: string, to: string) => {
      await owner.getByTestId('book-date').fill(day);
      await owner.getByTestId('book-from').fill(from);
      await owner.getByTestId('book-to').fill(to);
      await owner.getByTestId('book-attendees').fill('6');
      await owner.getByTestId('book-purpose').fill(purpose);
      await owner.getByTestId('book-submit').click();
    };
    await book('19:00', '20:00');
    await owner.locator('.ant-message', { hasText: '预约成功' }).waitFor();
    await owner.locator('[data-testid="my-booking"]', { hasText: purpose }).waitFor();

    // 2. A second booking overlapping it is refused, and the page says which time is taken.
    await parlour.getByTestId('book-room').click();
    await owner.getByTestId('phone-book').waitFor();
    await book('19:30', '20:30');
    const alert = owner.locator('.ant-alert-error');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(`${day} 19:00–20:00 已被预约，请换一个时间`);
    await owner.locator('[data-testid="taken"]', { hasText: '19:00–20:00' }).waitFor();

    // 3. Staff of the community see the booking in the console, by the resident.
    const staff = await desk('jinghua.worker');
    await staff.goto(`${baseUrl}/console/venues/bookings`);
    const row = staff.locator('[data-testid="bookings-table"] tr', { hasText: purpose });
    await row.waitFor();
    expect(await row.innerText()).toContain('居民');
  }, 120_000);
});
